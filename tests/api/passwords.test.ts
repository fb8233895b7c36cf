import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Session, StaffMember } from "../../src/shared/schemas/staff";
import { as, createStaffFixtures, PASSWORD, signIn, type SignedIn } from "./staff-session";
import { startTestApp, type TestApp } from "./test-app";

// Finding 11: a password policy after NIST 800-63B, one's own password change, and a change forced
// after an admin set or reset the password.

let t: TestApp;
let admin: SignedIn;

beforeAll(async () => {
  t = await startTestApp({ RESPONSE_CACHE_TTL_MS: "0", RATE_LIMIT_PER_MINUTE: "100000" });
  await createStaffFixtures(t.db);
  admin = await signIn(t.app, "admin-hc");
});
afterAll(async () => {
  await t?.close();
});

const create = (login: string, password?: string) =>
  as(t.app, admin, { method: "POST", url: "/api/v1/staff", payload: { login, name: "Nguyễn Văn Thử", role: "editor", wards: ["hoa-cuong"], ...(password ? { password } : {}) } });
const change = (who: SignedIn, currentPassword: string, newPassword: string) => as(t.app, who, { method: "POST", url: "/api/v1/auth/password", payload: { currentPassword, newPassword } });

describe("password policy", () => {
  it.each([
    ["aaaaaaaaaa", /lặp lại/],
    ["password123", /phổ biến/],
    ["nguoi-thu-nghiem-1", /tên đăng nhập|họ tên/],
    ["matkhau123456", /dễ đoán|phổ biến/],
  ])("refuses %s with a reason a clerk can act on", async (password, reason) => {
    const res = await create(password === "nguoi-thu-nghiem-1" ? "nguoi-thu-nghiem" : `tk-${Math.random().toString(36).slice(2, 8)}`, password);
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json()).toMatchObject({ code: "WEAK_PASSWORD", message: expect.stringMatching(reason) });
  });

  it("accepts a long passphrase", async () => {
    expect((await create("cau-dai", "ấm trà nguội bên hiên mưa")).statusCode).toBe(201);
  });
});

describe("own password and forced change", () => {
  it("a member created by an admin must choose a password before doing anything else", async () => {
    const created = (await create("moi-vao-lam")).json<{ staff: StaffMember; password: string }>();
    expect(created.staff.mustChangePassword).toBe(true);
    const member = await signIn(t.app, "moi-vao-lam", created.password);
    const me = await as(t.app, member, { url: "/api/v1/auth/me" });
    expect(me.json<Session>().staff.mustChangePassword).toBe(true);
    const blocked = await as(t.app, member, { url: "/api/v1/wards/hoa-cuong/manage/announcements" });
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json()).toMatchObject({ code: "PASSWORD_CHANGE_REQUIRED", message: expect.stringMatching(/đổi mật khẩu/) });
    const weak = await change(member, created.password, "1234567890");
    expect(weak.statusCode).toBe(422);
    const done = await change(member, created.password, "bàn gỗ cũ dưới gốc xoài");
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json<Session>().staff.mustChangePassword).toBe(false);
    expect((await as(t.app, member, { url: "/api/v1/wards/hoa-cuong/manage/announcements" })).statusCode).toBe(200);
    await expect(signIn(t.app, "moi-vao-lam", created.password)).rejects.toThrow(/401/);
    expect((await signIn(t.app, "moi-vao-lam", "bàn gỗ cũ dưới gốc xoài")).login).toBe("moi-vao-lam");
  });

  it("after an admin resets a password, the member must change it, so the admin no longer knows it", async () => {
    const id = (await t.db.query<{ id: number }>("select id from staff where login = 'editor-hc'"))[0]?.id;
    const reset = await as(t.app, admin, { method: "PATCH", url: `/api/v1/staff/${id}`, payload: { resetPassword: true } });
    const password = reset.json<{ password: string }>().password;
    const member = await signIn(t.app, "editor-hc", password);
    expect((await as(t.app, member, { method: "POST", url: "/api/v1/wards/hoa-cuong/announcements", payload: { title: "x", body: "x", category: "notice" } })).json().code).toBe("PASSWORD_CHANGE_REQUIRED");
    expect((await change(member, password, PASSWORD)).statusCode).toBe(200);
  });

  it("refuses a wrong current password, and ends the member's other sessions on a change", async () => {
    const first = await signIn(t.app, "editor-hc");
    const second = await signIn(t.app, "editor-hc");
    expect((await change(first, "khong-phai-mat-khau", "một con đò sang sông vắng")).json().code).toBe("WRONG_PASSWORD");
    expect((await change(first, PASSWORD, "một con đò sang sông vắng")).statusCode).toBe(200);
    expect((await as(t.app, first, { url: "/api/v1/auth/me" })).statusCode).toBe(200);
    expect((await as(t.app, second, { url: "/api/v1/auth/me" })).statusCode).toBe(401);
  });
});
