import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AuditPage } from "../../src/shared/schemas/audit";
import type { ManagedProcedure } from "../../src/shared/schemas/content-admin";
import type { ProcedureCatalogue, ProcedureDetail } from "../../src/shared/schemas/procedure-api";
import { CONFIRMATION_PARTS, type ConfirmationQueue, type ManagedConfirmations } from "../../src/shared/schemas/procedure-confirmation";
import type { Ward } from "../../src/shared/schemas/ward";
import { as, createStaffFixtures, signIn, type SignedIn } from "./staff-session";
import { startTestApp, type TestApp } from "./test-app";

// The ward vouches for parts of a procedure. The app's clock is moved by the tests (review period),
// and the national text is changed in the table the way the catalogue loader writes it.
const DAY = 86_400_000;
const W = "/api/v1/wards/hoa-cuong";
const BIRTH = "dang-ky-khai-sinh";
// A week ahead of the real clock: the seed's rows (written at real time) are all older than "now".
let now = new Date(Math.ceil(Date.now() / 1000) * 1000 + 7 * DAY);
let t: TestApp;
let editor: SignedIn;
let admin: SignedIn;
let other: SignedIn;

beforeAll(async () => {
  // The response cache stays on (as in production): every write must clear it.
  t = await startTestApp({ RATE_LIMIT_PER_MINUTE: "100000" }, { clock: () => now });
  await createStaffFixtures(t.db);
  await signInAll();
});
afterAll(async () => {
  await t?.close();
});

/** Sessions follow the app's clock too: after moving it by months, sign in again. */
async function signInAll() {
  editor = await signIn(t.app, "editor-hc");
  admin = await signIn(t.app, "admin-hc");
  other = await signIn(t.app, "editor-other");
}

const detail = async (slug = BIRTH) => (await t.app.inject(`${W}/procedures/${slug}`)).json<ProcedureDetail>();
const fromCatalogue = async (slug = BIRTH) => (await t.app.inject(`${W}/procedure-catalogue`)).json<ProcedureCatalogue>().items.find((p) => p.slug === slug);
const managed = async (slug = BIRTH) => (await as(t.app, editor, { url: `${W}/manage/confirmations/${slug}` })).json<ManagedConfirmations>();
const queue = async () => (await as(t.app, editor, { url: `${W}/manage/confirmations` })).json<ConfirmationQueue>();
const confirm = async (who: SignedIn | null, payload: object, slug = BIRTH) => as(t.app, who, { method: "PUT", url: `${W}/procedures/${slug}/confirmations`, payload });
const wardPart = async (slug = BIRTH) => {
  const found = (await as(t.app, editor, { url: `${W}/manage/procedures` })).json<{ items: ManagedProcedure[] }>().items.find((p) => p.slug === slug);
  if (!found) throw new Error(`no ${slug}`);
  return found;
};
/** The parts the national text states: an unknown online level or no time limit at all leaves nothing to confirm. */
const statedParts = (p: ProcedureDetail) =>
  CONFIRMATION_PARTS.filter((part) => (part === "online-level" ? p.onlineLevel !== "unknown" : part === "time" ? p.channels.some((c) => c.timeLimit !== null) : true));
const stateOf = (c: ManagedConfirmations, part: string) => c.parts.find((p) => p.part === part)?.state;

/** Changes a procedure's national content as the catalogue loader does: the row's content and its updated_at. */
async function changeNationalText(slug: string, path: string, value: unknown) {
  await t.db.query("update procedures set content = jsonb_set(content, $2::text[], $3::jsonb), updated_at = $4 where slug = $1", [slug, path, JSON.stringify(value), now]);
  // The loader runs before the server answers anyone: no cached answer survives it.
  t.app.clearResponseCache();
}

describe("who may confirm", () => {
  it("asks an anonymous caller to sign in before looking at the body", async () => {
    const bad = await confirm(null, { parts: ["not-a-part"] });
    expect(bad.statusCode).toBe(401);
    expect(bad.json().code).toBe("UNAUTHENTICATED");
    const notJson = await as(t.app, null, { method: "PUT", url: `${W}/procedures/${BIRTH}/confirmations`, headers: { "content-type": "application/json" }, payload: "{" });
    expect(notJson.statusCode).toBe(401);
    expect((await as(t.app, null, { url: `${W}/manage/confirmations` })).statusCode).toBe(401);
  });

  it("refuses an editor of another ward, to confirm and to read the queue", async () => {
    const res = await confirm(other, { parts: ["documents"], version: 0 });
    expect(res.statusCode).toBe(403);
    expect(res.json().message).toMatch(/không quản lý phường/);
    expect((await as(t.app, other, { url: `${W}/manage/confirmations` })).statusCode).toBe(403);
    expect(stateOf(await managed(), "documents")).toBe("unconfirmed");
  });

  it("says in Vietnamese, then English, what is wrong with a bad part or an unknown procedure", async () => {
    const badPart = await confirm(editor, { parts: ["giay-to"], version: 0 });
    expect(badPart.statusCode).toBe(400);
    // The message names the field and the allowed parts, Vietnamese first, English after.
    expect(badPart.json().message).toMatch(/^Trường "parts\/0" phải là một trong: documents, time, fee, online-level, where\b.*\(.*\)$/);
    const twice = await confirm(editor, { parts: ["fee", "fee"], version: 0 });
    expect(twice.statusCode).toBe(400);
    const unknown = await confirm(editor, { parts: ["fee"], version: 0 }, "khong-co-thu-tuc-nay");
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().message).toMatch(/^Thủ tục "khong-co-thu-tuc-nay" không tồn tại.*\(Thủ tục "khong-co-thu-tuc-nay" was not found\.\)$/);
  });
});

describe("confirming", () => {
  it("starts with every part of every procedure in the queue, nothing shown to residents", async () => {
    const q = await queue();
    const visible = (await t.app.inject(`${W}/procedure-catalogue`)).json<ProcedureCatalogue>().items;
    expect(q.reviewPeriodDays).toBe(180);
    const stated = visible.reduce((n, p) => n + statedParts(p).length, 0);
    expect(q.counts).toEqual({ procedures: visible.length, unconfirmed: stated, expired: 0, changed: 0 });
    expect(q.items.find((i) => i.slug === BIRTH)?.due).toEqual(statedParts(await detail()));
    expect(Object.values((await detail()).confirmations).every((c) => c.confirmedAt === null)).toBe(true);
  });

  it("an editor confirms documents and time; residents see the date of those two, in the detail and the offline catalogue", async () => {
    const before = await detail();
    const res = await confirm(editor, { parts: ["documents", "time"], note: "Đã đối chiếu với bộ phận một cửa.", version: 0 });
    expect(res.statusCode, res.body).toBe(200);
    const saved = res.json<ManagedConfirmations>();
    expect(saved.version).toBe(1);
    const rest = statedParts(before).filter((p) => p !== "documents" && p !== "time");
    expect(saved.due).toEqual(rest);
    expect(saved.parts.find((p) => p.part === "documents")).toEqual({
      part: "documents",
      state: "confirmed",
      confirmedAt: now.toISOString(),
      confirmedBy: "editor-hc",
      note: "Đã đối chiếu với bộ phận một cửa.",
      dueAt: new Date(now.getTime() + 180 * DAY).toISOString(),
    });

    const after = await detail();
    expect(after.confirmations).toEqual({
      documents: { confirmedAt: now.toISOString() },
      time: { confirmedAt: now.toISOString() },
      fee: { confirmedAt: null },
      "online-level": { confirmedAt: null },
      where: { confirmedAt: null },
    });
    expect((await fromCatalogue())?.confirmations).toEqual(after.confirmations);
    // The app keeps the catalogue on the phone and asks only for what changed since its copy.
    expect(Date.parse(after.updatedAt)).toBeGreaterThan(Date.parse(before.updatedAt));
    const since = new Date(now.getTime() - 1000).toISOString();
    const delta = (await t.app.inject(`${W}/procedure-catalogue?since=${encodeURIComponent(since)}`)).json<ProcedureCatalogue>();
    expect(delta.items.map((p) => p.slug)).toEqual([BIRTH]);
    expect((await queue()).items.find((i) => i.slug === BIRTH)?.due).toEqual(rest);
  });

  it("refuses a stale version with 409 and the current version, and changes nothing", async () => {
    const res = await confirm(admin, { parts: ["fee"], version: 0 });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe("STALE_VERSION");
    expect(res.json().message).toMatch(/phiên bản hiện tại 1\b.*\(Stale version\.\)$/);
    expect(res.json().currentVersion).toBe(1);
    expect((await confirm(admin, { parts: ["fee"], version: 7 })).statusCode).toBe(409);
    expect((await detail()).confirmations.fee.confirmedAt).toBeNull();
    expect((await managed()).version).toBe(1);
  });

  it("writes an audit entry with who confirmed what, and the note", async () => {
    const audit = (await as(t.app, admin, { url: `${W}/audit` })).json<AuditPage>();
    const entries = audit.items.filter((e) => e.entity === "procedure-confirmation" && e.entityId === `hoa-cuong/${BIRTH}`);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ action: "confirm", staffLogin: "editor-hc", ward: "hoa-cuong" });
    const after = entries[0]?.after as ManagedConfirmations;
    expect(after.parts.filter((p) => p.state === "confirmed").map((p) => [p.part, p.note])).toEqual([
      ["documents", "Đã đối chiếu với bộ phận một cửa."],
      ["time", "Đã đối chiếu với bộ phận một cửa."],
    ]);
    expect((entries[0]?.before as ManagedConfirmations).parts.every((p) => p.state === "unconfirmed" || p.state === "not-stated")).toBe(true);
  });

  it("corrects the ward's office and note and confirms where to file, in one request with both audit entries", async () => {
    const current = await managed();
    const local = await wardPart();
    const res = await confirm(admin, {
      parts: ["where"],
      // The ward's part carries its own version, as in PUT …/local.
      corrections: { ...local.local, officeId: "hoa-cuong-ubnd-trung-nu-vuong-165", note: "Khai sinh nhận tại 165 Trưng Nữ Vương.", ...(local.version ? { version: local.version } : {}) },
      version: current.version,
    });
    expect(res.statusCode, res.body).toBe(200);
    const d = await detail();
    expect(d.ward).toMatchObject({ office: { id: "hoa-cuong-ubnd-trung-nu-vuong-165" }, note: "Khai sinh nhận tại 165 Trưng Nữ Vương." });
    expect(d.confirmations.where.confirmedAt).toBe(now.toISOString());
    const audit = (await as(t.app, admin, { url: `${W}/audit?limit=2` })).json<AuditPage>().items;
    expect(audit.map((e) => e.entity)).toEqual(["procedure-confirmation", "ward-procedure"]);

    // A stale correction (the ward part's own version) fails the whole request: nothing confirmed.
    const stale = await confirm(admin, { parts: ["fee"], corrections: { ...local.local, officeId: null, ...(local.version ? { version: local.version } : {}) }, version: (await managed()).version });
    expect(stale.statusCode).toBe(409);
    expect((await detail()).confirmations.fee.confirmedAt).toBeNull();
    expect((await detail()).ward.office?.id).toBe("hoa-cuong-ubnd-trung-nu-vuong-165");
  });
});

describe("when the text changes", () => {
  it("a change of the national documents clears their confirmation; time stays; an unrelated change clears nothing", async () => {
    await changeNationalText(BIRTH, "{summary}", "Tóm tắt đã sửa: không phải phần nào được xác nhận.");
    expect((await detail()).confirmations.documents.confirmedAt).toBe(now.toISOString());

    await changeNationalText(BIRTH, "{documentCases,0,documents,0,name}", "Tờ khai đăng ký khai sinh (Mẫu mới)");
    const d = await detail();
    expect(d.confirmations.documents.confirmedAt).toBeNull();
    expect(d.confirmations.time.confirmedAt).toBe(now.toISOString());
    expect(d.confirmations.where.confirmedAt).toBe(now.toISOString());
    expect((await fromCatalogue())?.confirmations.documents.confirmedAt).toBeNull();
    const m = await managed();
    expect(m.parts.find((p) => p.part === "documents")).toMatchObject({ state: "changed", confirmedAt: now.toISOString(), confirmedBy: "editor-hc" });
    expect(m.due).toContain("documents");
    expect((await queue()).counts.changed).toBe(1);

    // Confirming the new text again holds.
    expect((await confirm(editor, { parts: ["documents"], version: m.version })).statusCode).toBe(200);
    expect((await detail()).confirmations.documents.confirmedAt).toBe(now.toISOString());
  });

  it("a new fee on one channel clears the fee, not the time", async () => {
    expect((await confirm(editor, { parts: ["fee"], version: (await managed()).version })).statusCode).toBe(200);
    await changeNationalText(BIRTH, "{channels,0,fee}", { kind: "amount", amountVnd: 8000, text: "8.000 đồng khi đăng ký quá hạn." });
    const d = await detail();
    expect(d.confirmations.fee.confirmedAt).toBeNull();
    expect(d.confirmations.time.confirmedAt).toBe(now.toISOString());
  });

  it("the ward moving the procedure to another office clears where to file", async () => {
    const local = await wardPart();
    const res = await as(t.app, editor, { method: "PUT", url: `${W}/procedures/${BIRTH}/local`, payload: { ...local.local, officeId: "hoa-cuong-ubnd-nui-thanh-388", version: local.version } });
    expect(res.statusCode).toBe(200);
    expect((await detail()).confirmations.where.confirmedAt).toBeNull();
    expect(stateOf(await managed(), "where")).toBe("changed");
  });
});

describe("parts the national text does not state", () => {
  it("an unknown online level has nothing to confirm until the catalogue states one", async () => {
    const slug = "tach-ho";
    await changeNationalText(slug, "{onlineLevel}", "unknown");
    const before = await managed(slug);
    expect(stateOf(before, "online-level")).toBe("not-stated");
    expect(before.due).not.toContain("online-level");
    const refused = await confirm(editor, { parts: ["documents", "online-level"], version: before.version }, slug);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().message).toMatch(/^Danh mục quốc gia chưa ghi mức trực tuyến .*\(Not stated in the national catalogue: online-level\.\)$/);
    expect((await detail(slug)).confirmations.documents.confirmedAt).toBeNull();

    await changeNationalText(slug, "{onlineLevel}", "partial");
    expect(stateOf(await managed(slug), "online-level")).toBe("unconfirmed");
    expect((await confirm(editor, { parts: ["online-level"], version: before.version }, slug)).statusCode).toBe(200);
    expect((await detail(slug)).confirmations["online-level"].confirmedAt).toBe(now.toISOString());
  });
});

describe("the review period", () => {
  it("a confirmation lapses after the ward's review period, in every answer, and a longer period set by the admin brings it back", async () => {
    const confirmedAt = (await detail()).confirmations.time.confirmedAt;
    expect(confirmedAt).not.toBeNull();
    // Warm the in-memory list and the catalogue: expiry must not wait for a database change.
    await fromCatalogue();
    now = new Date(Date.parse(confirmedAt ?? "") + 180 * DAY - 60_000);
    expect((await fromCatalogue())?.confirmations.time.confirmedAt).toBe(confirmedAt);

    now = new Date(Date.parse(confirmedAt ?? "") + 180 * DAY + 60_000);
    await signInAll();
    // The response cache keeps answers for a second of real time: wait it out, as a resident would.
    await new Promise((r) => setTimeout(r, 1_100));
    expect((await detail()).confirmations.time.confirmedAt).toBeNull();
    const lapsed = await fromCatalogue();
    expect(lapsed?.confirmations.time.confirmedAt).toBeNull();
    // The offline copy learns of it: the lapse counts as a change of the procedure.
    expect(Date.parse(lapsed?.updatedAt ?? "")).toBe(Date.parse(confirmedAt ?? "") + 180 * DAY);
    expect(stateOf(await managed(), "time")).toBe("expired");
    expect((await queue()).counts.expired).toBeGreaterThan(0);

    const ward = (await t.app.inject(W)).json<Ward>();
    expect(ward.reviewPeriodDays).toBe(180);
    expect((await as(t.app, editor, { method: "PATCH", url: W, payload: { version: ward.version, reviewPeriodDays: 365 } })).statusCode).toBe(403);
    const tooShort = await as(t.app, admin, { method: "PATCH", url: W, payload: { version: ward.version, reviewPeriodDays: 5 } });
    expect(tooShort.statusCode).toBe(400);
    const copyTakenAt = new Date(now.getTime() - 1000).toISOString();
    now = new Date(now.getTime() + 60_000);
    const longer = await as(t.app, admin, { method: "PATCH", url: W, payload: { version: ward.version, reviewPeriodDays: 365 } });
    expect(longer.statusCode, longer.body).toBe(200);
    expect(longer.json<Ward>().reviewPeriodDays).toBe(365);
    expect((await detail()).confirmations.time.confirmedAt).toBe(confirmedAt);
    expect((await fromCatalogue())?.confirmations.time.confirmedAt).toBe(confirmedAt);
    // A phone whose copy predates the new period gets the procedure again, with the date back.
    const delta = (await t.app.inject(`${W}/procedure-catalogue?since=${encodeURIComponent(copyTakenAt)}`)).json<ProcedureCatalogue>();
    expect(delta.items.find((p) => p.slug === BIRTH)?.confirmations.time.confirmedAt).toBe(confirmedAt);
    expect((await queue()).reviewPeriodDays).toBe(365);
  });
});
