import exifReader from "exif-reader";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requestEndpoints, REQUEST_TOKEN_HEADER } from "../../src/shared/api/requests";
import type { PublicAnswer, ResidentRequest } from "../../src/shared/schemas/requests";
import type { InboxPage, ManagedRequest } from "../../src/shared/schemas/requests-admin";
import { addStaff } from "../../src/server/services/staff-accounts";
import { clientId, multipart, photoWithGps, send } from "./request-helpers";
import { as, createStaffFixtures, PASSWORD, signIn, type SignedIn } from "./staff-session";
import { startTestApp, type TestApp } from "./test-app";

let t: TestApp;
// Friday 20/11/2026, 09:00 in Việt Nam; tests move it forward to make requests overdue.
let now = new Date("2026-11-20T02:00:00Z");
let clerk: SignedIn;
const W = "hoa-cuong";
const api = (path: string) => `/api/v1${path}`;
const read = (code: string, token?: string) =>
  t.app.inject({ url: api(requestEndpoints.read.url({ ward: W, code })), headers: token ? { [REQUEST_TOKEN_HEADER]: token } : {} });
const manage = (code: string) => as(t.app, clerk, { url: api(requestEndpoints.manageOne.url({ ward: W, code })) }).then((r) => r.json<ManagedRequest>());
const change = (who: SignedIn, code: string, payload: Record<string, unknown>) => as(t.app, who, { method: "PATCH", url: api(requestEndpoints.change.url({ ward: W, code })), payload });
let address = 0;
const nextAddress = () => `10.1.0.${++address}`;

beforeAll(async () => {
  t = await startTestApp({ RESPONSE_CACHE_TTL_MS: "0", RATE_LIMIT_PER_MINUTE: "100000" }, { clock: () => now });
  await createStaffFixtures(t.db);
  clerk = await signIn(t.app, "editor-hc");
});
afterAll(async () => {
  await t?.close();
});

describe("sending a request", () => {
  it("creates it with a readable code and a token, strips GPS from the photo, and shows it only with the token", async () => {
    const photo = await photoWithGps();
    expect(exifReader((await sharp(photo).metadata()).exif!).GPSInfo?.GPSLatitude).toEqual([16, 3, 4]);
    const sent = await send(t.app, W, { kind: "report", text: "  Đèn đường hỏng trước nhà số 12  ", areaId: "htt-1", location: { lat: 16.05, lng: 108.22 }, clientId: clientId() }, [{ bytes: photo, name: "IMG_1.jpg" }], nextAddress());
    expect(sent.status).toBe(201);
    expect(sent.body.code).toMatch(/^HC-2611-\d{4}$/);
    expect(sent.body.accessToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(sent.body.status).toBe("received");

    for (const token of [undefined, "x".repeat(43), sent.body.accessToken.replace(/^./, (c) => (c === "A" ? "B" : "A"))]) {
      expect((await read(sent.body.code, token)).statusCode).toBe(404);
    }
    const mine = await read(sent.body.code, sent.body.accessToken);
    expect(mine.statusCode).toBe(200);
    const view = mine.json<ResidentRequest>();
    expect(view).toMatchObject({ code: sent.body.code, kind: "report", text: "Đèn đường hỏng trước nhà số 12", areaName: expect.any(String), status: "received", photoCount: 1, reply: null });
    expect(view.history.map((h) => h.status)).toEqual(["received"]);

    const photoUrl = api(requestEndpoints.photo.url({ ward: W, code: sent.body.code, n: 1 }));
    expect((await t.app.inject({ url: photoUrl })).statusCode).toBe(404);
    const served = await t.app.inject({ url: photoUrl, headers: { [REQUEST_TOKEN_HEADER]: sent.body.accessToken } });
    expect(served.statusCode).toBe(200);
    expect(served.headers["content-type"]).toBe("image/jpeg");
    expect(served.headers["cache-control"]).toContain("private");
    const meta = await sharp(served.rawPayload).metadata();
    expect(meta.exif).toBeUndefined();
    expect(served.rawPayload.includes("TestPhone")).toBe(false);
    expect((await t.app.inject({ url: api(requestEndpoints.photo.url({ ward: W, code: sent.body.code, n: 2 })), headers: { [REQUEST_TOKEN_HEADER]: sent.body.accessToken } })).statusCode).toBe(404);
  });

  it("creates one request per clientId: a retry gets the same code and a new token that replaces the old one", async () => {
    const id = clientId();
    const from = nextAddress();
    const first = await send(t.app, W, { kind: "question", text: "Làm căn cước cho con ở đâu?", clientId: id }, [], from);
    const again = await send(t.app, W, { kind: "question", text: "Làm căn cước cho con ở đâu?", clientId: id }, [], from);
    expect([first.status, again.status]).toEqual([201, 201]);
    expect(again.body.code).toBe(first.body.code);
    expect(again.body.accessToken).not.toBe(first.body.accessToken);
    expect((await read(first.body.code, again.body.accessToken)).statusCode).toBe(200);
    expect((await read(first.body.code, first.body.accessToken)).statusCode).toBe(404);
    const [row] = await t.db.query<{ n: number }>("select count(*)::int as n from requests where client_id = $1", [id]);
    expect(row?.n).toBe(1);
    const other = await send(t.app, W, { kind: "question", text: "Câu khác", clientId: id }, [], from);
    expect(other.status).toBe(409);
  });

  it("refuses bad input with a message naming what to fix", async () => {
    const from = nextAddress();
    const cases: [unknown, number, string][] = [
      [{ kind: "complaint", text: "x", clientId: clientId() }, 422, "kind"],
      [{ kind: "report", text: "   ", clientId: clientId() }, 422, "text"],
      [{ kind: "report", text: "x".repeat(2001), clientId: clientId() }, 422, "text"],
      [{ kind: "report", text: "x", areaId: "khong-co", clientId: clientId() }, 422, "areaId"],
      [{ kind: "report", text: "x", clientId: clientId(), extra: 1 }, 422, "extra"],
      [{ kind: "report", text: "x", contact: { name: "A", phone: "0905123456" }, clientId: clientId() }, 422, "contact/consent"],
      ["{not json", 400, "request"],
    ];
    for (const [request, status, field] of cases) {
      const res = await send(t.app, W, request, [], from);
      expect({ status: res.status, field }).toEqual({ status, field });
      expect(res.body.message).toContain(field === "request" ? "request" : field);
    }
    expect((await send(t.app, W, undefined, [], from)).status).toBe(400);
    expect((await t.app.inject({ method: "POST", url: api(requestEndpoints.create.url({ ward: W })), payload: { kind: "report" } })).statusCode).toBe(415);
    expect((await send(t.app, "khong-co-phuong", { kind: "report", text: "x", clientId: clientId() }, [], from)).status).toBe(404);
  });

  it("refuses a non-image (415), a photo over 5 MB (413) and a fourth photo (413), storing nothing", async () => {
    const from = nextAddress();
    const before = await t.db.query<{ n: number }>("select count(*)::int as n from requests");
    const base = { kind: "report", text: "Ảnh", clientId: clientId() };
    expect((await send(t.app, W, base, [{ bytes: Buffer.from("<html>không phải ảnh</html>"), name: "a.jpg" }], from)).status).toBe(415);
    const big = Buffer.concat([await photoWithGps(100, 100), Buffer.alloc(5 * 1024 * 1024 + 10)]);
    expect((await send(t.app, W, base, [{ bytes: big, name: "big.jpg" }], from)).status).toBe(413);
    const small = await photoWithGps(50, 50);
    const four = await send(t.app, W, base, [1, 2, 3, 4].map((i) => ({ bytes: small, name: `${i}.jpg` })), from);
    expect(four.status).toBe(413);
    expect(four.body.message).toContain("3");
    const after = await t.db.query<{ n: number }>("select count(*)::int as n from requests");
    expect(after[0]?.n).toBe(before[0]?.n);
  });

  it("limits requests per address and per contact phone (5 an hour) with a 429 in Vietnamese", async () => {
    const from = nextAddress();
    for (let i = 0; i < 5; i++) expect((await send(t.app, W, { kind: "suggestion", text: `Góp ý ${i}`, clientId: clientId() }, [], from)).status).toBe(201);
    const sixth = await send(t.app, W, { kind: "suggestion", text: "Góp ý 6", clientId: clientId() }, [], from);
    expect(sixth.status).toBe(429);
    expect(sixth.body.message).toContain("một giờ");
    expect((await send(t.app, W, { kind: "suggestion", text: "Góp ý khác", clientId: clientId() }, [], nextAddress())).status).toBe(201);

    const contact = { name: "Nguyễn Văn A", phone: "0905000111", consent: true };
    for (let i = 0; i < 5; i++) expect((await send(t.app, W, { kind: "help", text: `Nhờ ${i}`, contact, clientId: clientId() }, [], nextAddress())).status).toBe(201);
    expect((await send(t.app, W, { kind: "help", text: "Nhờ 6", contact, clientId: clientId() }, [], nextAddress())).status).toBe(429);
  });
});

describe("the staff inbox", () => {
  let old: { code: string; accessToken: string };
  let fresh: { code: string; accessToken: string };

  beforeAll(async () => {
    now = new Date("2026-11-20T02:00:00Z");
    old = (await send(t.app, W, { kind: "report", text: "Ổ gà lớn đường Lê Thanh Nghị", location: { lat: 16.04, lng: 108.21 }, contact: { name: "Trần Thị B", phone: "0905222333", consent: true }, clientId: clientId() }, [], nextAddress())).body;
    now = new Date("2026-12-01T02:00:00Z");
    fresh = (await send(t.app, W, { kind: "question", text: "Tôi là Lê Văn C, 0905999888: đăng ký thường trú cần gì?", clientId: clientId() }, [], nextAddress())).body;
    clerk = await signIn(t.app, "editor-hc");
  });

  it("lists overdue first (due 5 working days after creation), then the oldest; filters by kind and overdue", async () => {
    const page = (await as(t.app, clerk, { url: api(requestEndpoints.inbox.url({ ward: W })) })).json<InboxPage>();
    const overdue = page.items.filter((i) => i.overdue);
    expect(overdue.find((i) => i.code === old.code)).toMatchObject({ dueAt: "2026-11-27T10:00:00.000Z" });
    expect(page.items.find((i) => i.code === fresh.code)).toMatchObject({ overdue: false, dueAt: "2026-12-08T10:00:00.000Z" });
    expect(page.items.slice(0, overdue.length)).toEqual(overdue);
    const rest = page.items.slice(overdue.length).map((i) => i.createdAt);
    expect(rest).toEqual([...rest].sort());
    const questions = (await as(t.app, clerk, { url: `${api(requestEndpoints.inbox.url({ ward: W }))}?kind=question&overdue=false` })).json<InboxPage>();
    expect(questions.items.length).toBeGreaterThan(0);
    expect(questions.items.every((i) => i.kind === "question" && !i.overdue)).toBe(true);
    expect((await as(t.app, null, { url: api(requestEndpoints.inbox.url({ ward: W })) })).statusCode).toBe(401);
    const other = await signIn(t.app, "editor-other");
    expect((await as(t.app, other, { url: api(requestEndpoints.inbox.url({ ward: W })) })).statusCode).toBe(403);
  });

  it("shows one request with its contact and a map link, and takes notes, assignment and status with versions (409 when stale)", async () => {
    const one = await manage(old.code);
    expect(one.contact).toEqual({ name: "Trần Thị B", phone: "0905222333" });
    expect(one.mapUrl).toContain("https://www.openstreetmap.org/?mlat=16.04&mlon=108.21");
    expect(one.oaConfigured).toBe(false);
    const staffId = (await t.db.query<{ id: number }>("select id from staff where login = 'admin-hc'"))[0]!.id;
    const res = await change(clerk, old.code, { version: one.version, status: "in-progress", assignee: `staff:${staffId}`, note: "Đã báo đội công trình" });
    expect(res.statusCode).toBe(200);
    const after = res.json<ManagedRequest>();
    expect(after).toMatchObject({ status: "in-progress", assignee: { kind: "staff", name: "Quản trị Hòa Cường" }, version: one.version + 1 });
    expect(after.notes.map((n) => n.text)).toEqual(["Đã báo đội công trình"]);

    const stale = await change(clerk, old.code, { version: one.version, status: "closed" });
    expect(stale.statusCode).toBe(409);
    expect(stale.json<{ currentVersion: number }>().currentVersion).toBe(after.version);

    const team = await change(clerk, old.code, { version: after.version, assignee: "team:team-htt-1" });
    expect(team.json<ManagedRequest>().assignee).toMatchObject({ kind: "team", id: "team-htt-1" });
    expect((await change(clerk, old.code, { version: after.version + 1, assignee: "team:khong-co" })).statusCode).toBe(422);
    expect((await change(clerk, old.code, { version: after.version + 1, status: "forwarded" })).statusCode).toBe(422);
    const forwarded = await change(clerk, old.code, { version: after.version + 1, status: "forwarded", forwardedTo: "Công ty Thoát nước Đà Nẵng" });
    expect(forwarded.json<ManagedRequest>()).toMatchObject({ status: "forwarded", forwardedTo: "Công ty Thoát nước Đà Nẵng" });

    // The resident sees the status and the agency, never the notes or who handles it.
    const view = (await read(old.code, old.accessToken)).json<ResidentRequest>();
    expect(view.history.map((h) => h.status)).toEqual(["received", "in-progress", "forwarded"]);
    expect(view.forwardedTo).toBe("Công ty Thoát nước Đà Nẵng");
    expect(JSON.stringify(view)).not.toContain("Đã báo đội");
    expect(JSON.stringify(view)).not.toContain("Quản trị");

    const audit = await t.db.query<{ action: string; after: unknown }>("select action, after from audit_log where entity = 'request' and entity_id = $1 order by id", [`${W}:${old.code}`]);
    expect(audit.length).toBe(3);
    expect(JSON.stringify(audit)).not.toContain("0905222333");
    expect(JSON.stringify(audit)).not.toContain("Ổ gà");
  });

  it("replies privately, then publishes to Hỏi đáp with the edited question only, found without diacritics", async () => {
    const one = await manage(fresh.code);
    const priv = await change(clerk, fresh.code, { version: one.version, reply: { text: "Mang căn cước và giấy tờ chỗ ở hợp pháp.", public: false } });
    expect(priv.json<ManagedRequest>()).toMatchObject({ status: "answered", reply: { public: false } });
    const answersUrl = api(requestEndpoints.answers.url({ ward: W }));
    expect((await t.app.inject(answersUrl)).json<{ items: PublicAnswer[] }>().items.some((a) => a.answer.startsWith("Mang căn cước"))).toBe(false);
    const resident = (await read(fresh.code, fresh.accessToken)).json<ResidentRequest>();
    expect(resident.reply).toMatchObject({ text: "Mang căn cước và giấy tờ chỗ ở hợp pháp.", public: false });

    const v = priv.json<ManagedRequest>().version;
    expect((await change(clerk, fresh.code, { version: v, reply: { text: "x", public: true } })).statusCode).toBe(422);
    const pub = await change(clerk, fresh.code, { version: v, reply: { text: "Mang căn cước và giấy tờ chỗ ở hợp pháp.", public: true, question: "Đăng ký thường trú cần giấy tờ gì?" } });
    expect(pub.statusCode).toBe(200);
    const found = (await t.app.inject(`${answersUrl}?q=${encodeURIComponent("thuong tru")}`)).json<{ items: PublicAnswer[] }>();
    expect(found.items.map((a) => a.question)).toEqual(["Đăng ký thường trú cần giấy tờ gì?"]);
    expect(JSON.stringify(found)).not.toContain("0905999888");
    expect(JSON.stringify(found)).not.toContain("Lê Văn C");
    expect((await t.app.inject(`${answersUrl}?q=${encodeURIComponent("hộ chiếu")}`)).json<{ items: PublicAnswer[] }>().items).toEqual([]);
  });
});

describe("team leads", () => {
  let lead: SignedIn;
  let inTeam: string;
  let otherTeam: string;
  let report: string;

  beforeAll(async () => {
    const { id } = await addStaff(t.db, { login: "lead-htt1", name: "Tổ trưởng HTT 1", role: "team-lead", wards: [W], teamId: "team-htt-1", password: PASSWORD });
    expect(id).toBeGreaterThan(0);
    lead = await signIn(t.app, "lead-htt1");
    inTeam = (await send(t.app, W, { kind: "help", text: "Nhờ tổ cài VNeID", areaId: "htt-2", clientId: clientId() }, [], nextAddress())).body.code;
    otherTeam = (await send(t.app, W, { kind: "help", text: "Nhờ tổ cài VNeID", areaId: "htt-5", clientId: clientId() }, [], nextAddress())).body.code;
    report = (await send(t.app, W, { kind: "report", text: "Cây đổ", areaId: "htt-2", clientId: clientId() }, [], nextAddress())).body.code;
  });

  it("sees only help requests in the team's areas", async () => {
    const page = (await as(t.app, lead, { url: api(requestEndpoints.inbox.url({ ward: W })) })).json<InboxPage>();
    expect(page.items.map((i) => i.code)).toEqual([inTeam]);
    for (const code of [otherTeam, report]) expect((await as(t.app, lead, { url: api(requestEndpoints.manageOne.url({ ward: W, code })) })).statusCode).toBe(404);
  });

  it("replies and marks Đã hỗ trợ, and nothing else", async () => {
    const one = (await as(t.app, lead, { url: api(requestEndpoints.manageOne.url({ ward: W, code: inTeam })) })).json<ManagedRequest>();
    expect((await change(lead, inTeam, { version: one.version, status: "closed" })).statusCode).toBe(403);
    expect((await change(lead, inTeam, { version: one.version, note: "x" })).statusCode).toBe(403);
    expect((await change(lead, inTeam, { version: one.version, reply: { text: "x", public: true, question: "y" } })).statusCode).toBe(403);
    const done = await change(lead, inTeam, { version: one.version, status: "answered", reply: { text: "Tổ đã đến cài giúp bác.", public: false } });
    expect(done.statusCode).toBe(200);
    expect(done.json<ManagedRequest>().status).toBe("answered");
  });

  it("is created by the ward's admin with one of the ward's teams, and only so", async () => {
    const admin = await signIn(t.app, "admin-hc");
    const post = (payload: Record<string, unknown>) => as(t.app, admin, { method: "POST", url: "/api/v1/staff", payload: { name: "Tổ trưởng mới", role: "team-lead", wards: [W], ...payload } });
    const made = await post({ login: "lead-new", teamId: "team-htt-2" });
    expect(made.statusCode).toBe(201);
    expect(made.json<{ staff: { role: string; teamId: string } }>().staff).toMatchObject({ role: "team-lead", teamId: "team-htt-2" });
    expect((await post({ login: "lead-none" })).statusCode).toBe(422);
    expect((await post({ login: "lead-bad", teamId: "khong-co" })).statusCode).toBe(422);
    expect((await post({ login: "lead-role", role: "editor", teamId: "team-htt-2" })).statusCode).toBe(422);
  });

  it("is refused everywhere else in the console", async () => {
    for (const url of [`/api/v1/wards/${W}/manage/announcements`, `/api/v1/wards/${W}/audit`, "/api/v1/staff"]) {
      expect({ url, status: (await as(t.app, lead, { url })).statusCode }).toEqual({ url, status: 403 });
    }
    expect((await as(t.app, lead, { method: "POST", url: `/api/v1/wards/${W}/announcements`, payload: { title: "T", body: "x", category: "notice" } })).statusCode).toBe(403);
  });
});

describe("multipart helper", () => {
  it("builds a body Fastify parses (guards the helper itself)", async () => {
    const body = await multipart({ a: 1 });
    expect(body.headers["content-type"]).toMatch(/^multipart\/form-data; boundary=/);
  });
});
