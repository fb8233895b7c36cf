import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { announcementEndpoints as ep } from "../../src/shared/api/announcements";
import type { Announcement, AnnouncementPage } from "../../src/shared/schemas/announcement";
import type { ManagedAnnouncement, RevisionHistory } from "../../src/shared/schemas/announcement-admin";
import type { AuditPage } from "../../src/shared/schemas/audit";
import { as, createStaffFixtures, signIn, type SignedIn } from "./staff-session";
import { startTestApp, type TestApp } from "./test-app";

// Issue 19: revisions, safe scheduling, undo, files, areas, the office as author.
let t: TestApp;
let now = new Date("2026-12-01T08:00:00+07:00");
let clerk: SignedIn;
const WARD = "hoa-cuong";
const W = `/api/v1/wards/${WARD}`;
const api = (path: string) => `/api/v1${path}`;

beforeAll(async () => {
  t = await startTestApp({ RESPONSE_CACHE_TTL_MS: "0" }, { clock: () => now });
  await createStaffFixtures(t.db);
  clerk = await signIn(t.app, "editor-hc");
});
afterAll(async () => {
  await t?.close();
});

const minutes = (n: number) => new Date(now.getTime() + n * 60_000).toISOString();

async function send(method: "POST" | "PATCH", url: string, payload: object, status = 200): Promise<ManagedAnnouncement> {
  const res = await as(t.app, clerk, { method, url, payload });
  expect(res.statusCode, res.body).toBe(status);
  return res.json<ManagedAnnouncement>();
}
const draft = (title: string, extra: object = {}) => send("POST", `${W}/announcements`, { title, body: "Nội dung **ban đầu**.", category: "notice", ...extra }, 201);
const publish = (a: ManagedAnnouncement, extra: object = {}) => send("POST", `${W}/announcements/${a.id}/publish`, { version: a.version, ...extra });
const publicOne = async (id: number) => (await t.app.inject(`${W}/announcements/${id}`)).json<Announcement>();
const publicList = async (query = "") => (await t.app.inject(`${W}/announcements?limit=50${query}`)).json<AnnouncementPage>().items;
async function auditActions(id: number): Promise<string[]> {
  const res = await as(t.app, clerk, { method: "GET", url: `${W}/audit?limit=100` });
  return res
    .json<AuditPage>()
    .items.filter((e) => e.entity === "announcement" && e.entityId === String(id))
    .map((e) => e.action)
    .reverse();
}

describe("revisions", () => {
  it("an edit of a published notice waits as a revision; residents keep the published text until 'Đăng bản sửa'", async () => {
    const a = await publish(await draft("Lịch tiêm chủng tháng 12"));
    const first = await publicOne(a.id);
    expect(first).toMatchObject({ title: "Lịch tiêm chủng tháng 12", revisedAt: null, author: "UBND phường Hòa Cường" });

    const edited = await send("PATCH", `${W}/announcements/${a.id}`, { version: a.version, title: "Lịch tiêm chủng tháng 12 (đổi giờ)", body: "Đổi sang **9 giờ**." });
    expect(edited.version).toBe(a.version + 1);
    expect(edited.title).toBe("Lịch tiêm chủng tháng 12");
    expect(edited.revision).toMatchObject({ title: "Lịch tiêm chủng tháng 12 (đổi giờ)", body: "Đổi sang **9 giờ**." });
    expect(edited.revision?.bodyHtml).toContain("<strong>9 giờ</strong>");
    const stillOld = await publicOne(a.id);
    expect(stillOld.title).toBe("Lịch tiêm chủng tháng 12");
    expect(stillOld.body).toBe("Nội dung **ban đầu**.");

    // A second autosave builds on the pending revision, not on the published text.
    const again = await send("PATCH", `${W}/announcements/${a.id}`, { version: edited.version, body: "Đổi sang **9 giờ 30**." });
    expect(again.revision).toMatchObject({ title: "Lịch tiêm chủng tháng 12 (đổi giờ)", body: "Đổi sang **9 giờ 30**." });

    now = new Date(now.getTime() + 30 * 60_000);
    const revised = await send("POST", api(ep.publishRevision.url({ ward: WARD, id: a.id })), { version: again.version });
    expect(revised).toMatchObject({ title: "Lịch tiêm chủng tháng 12 (đổi giờ)", body: "Đổi sang **9 giờ 30**.", revision: null, revisedAt: now.toISOString(), version: again.version + 1 });
    const shown = await publicOne(a.id);
    expect(shown).toMatchObject({ title: "Lịch tiêm chủng tháng 12 (đổi giờ)", revisedAt: now.toISOString(), updatedAt: now.toISOString() });
    expect(shown.publishedAt).toBe(first.publishedAt);

    const history = await as(t.app, clerk, { method: "GET", url: api(ep.history.url({ ward: WARD, id: a.id })) });
    expect(history.json<RevisionHistory>().items.map((r) => [r.revision, r.title])).toEqual([
      [1, "Lịch tiêm chủng tháng 12"],
      [2, "Lịch tiêm chủng tháng 12 (đổi giờ)"],
    ]);

    // No revision pending → a clear 422, not a silent success.
    const nothing = await as(t.app, clerk, { method: "POST", url: api(ep.publishRevision.url({ ward: WARD, id: a.id })), payload: { version: revised.version } });
    expect(nothing.statusCode).toBe(422);
    expect(nothing.json().code).toBe("NO_REVISION");

    expect(await auditActions(a.id)).toEqual(["create", "publish", "update", "update", "publish-revision"]);
    const audit = (await as(t.app, clerk, { method: "GET", url: `${W}/audit?limit=100` })).json<AuditPage>();
    const entry = audit.items.find((e) => e.entityId === String(a.id) && e.action === "publish-revision");
    expect(entry?.before).toMatchObject({ title: "Lịch tiêm chủng tháng 12" });
    expect(entry?.after).toMatchObject({ title: "Lịch tiêm chủng tháng 12 (đổi giờ)" });
  });

  it("a draft is edited in place (no revision) and a stale autosave gets 409 with the current version", async () => {
    const a = await draft("Bản nháp sửa thẳng");
    const edited = await send("PATCH", `${W}/announcements/${a.id}`, { version: a.version, body: "Sửa lần 1" });
    expect(edited).toMatchObject({ body: "Sửa lần 1", revision: null });
    const stale = await as(t.app, clerk, { method: "PATCH", url: `${W}/announcements/${a.id}`, payload: { version: a.version, body: "Sửa từ bản cũ" } });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: "STALE_VERSION", currentVersion: edited.version });
  });
});

describe("safe scheduling", () => {
  it("refuses a publish time in the past unless 'Đăng ngay' was confirmed", async () => {
    const a = await draft("Hẹn giờ nhầm ngày");
    const past = await as(t.app, clerk, { method: "POST", url: `${W}/announcements/${a.id}/publish`, payload: { version: a.version, at: minutes(-60) } });
    expect(past.statusCode).toBe(422);
    expect(past.json()).toMatchObject({ code: "PUBLISH_AT_PAST" });
    expect(past.json().message).toMatch(/Đăng ngay/);
    expect((await publicList()).map((x) => x.title)).not.toContain(a.title);

    const now1 = await publish(a, { at: minutes(-60), publishNow: true });
    expect(now1).toMatchObject({ status: "published", publishAt: now.toISOString(), version: a.version + 1 });
    expect((await publicList()).map((x) => x.title)).toContain(a.title);
  });

  it("schedules a future time and refuses an expiry before the publish time", async () => {
    const a = await draft("Họp tổ tuần sau");
    const withExpiry = await send("PATCH", `${W}/announcements/${a.id}`, { version: a.version, expireAt: minutes(60) });
    const refused = await as(t.app, clerk, { method: "POST", url: `${W}/announcements/${a.id}/publish`, payload: { version: withExpiry.version, at: minutes(120) } });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().code).toBe("EXPIRES_BEFORE_PUBLISH");
    const fixed = await send("PATCH", `${W}/announcements/${a.id}`, { version: withExpiry.version, expireAt: minutes(600) });
    const scheduled = await publish(fixed, { at: minutes(120) });
    expect(scheduled).toMatchObject({ status: "scheduled", publishAt: minutes(120) });
    const early = await as(t.app, clerk, { method: "PATCH", url: `${W}/announcements/${a.id}`, payload: { version: scheduled.version, expireAt: minutes(90) } });
    expect(early.statusCode).toBe(422);
    expect(early.json().code).toBe("EXPIRES_BEFORE_PUBLISH");
  });
});

describe("undo a withdraw", () => {
  it("restores the notice within 5 minutes, versioned and audited, and refuses after", async () => {
    const a = await publish(await draft("Gỡ nhầm rồi hoàn tác"));
    const withdrawn = await send("POST", `${W}/announcements/${a.id}/withdraw`, { version: a.version });
    expect(withdrawn.status).toBe("withdrawn");
    expect(withdrawn.undoWithdrawUntil).toBe(minutes(5));
    expect((await publicList()).map((x) => x.title)).not.toContain(a.title);

    const start = now;
    now = new Date(start.getTime() + 4 * 60_000);
    const restored = await send("POST", api(ep.undoWithdraw.url({ ward: WARD, id: a.id })), { version: withdrawn.version });
    expect(restored).toMatchObject({ status: "published", publishAt: a.publishAt, undoWithdrawUntil: null, version: withdrawn.version + 1 });
    expect((await publicList()).map((x) => x.title)).toContain(a.title);

    const again = await send("POST", `${W}/announcements/${a.id}/withdraw`, { version: restored.version });
    now = new Date(now.getTime() + 5 * 60_000 + 1_000);
    const late = await as(t.app, clerk, { method: "POST", url: api(ep.undoWithdraw.url({ ward: WARD, id: a.id })), payload: { version: again.version } });
    expect(late.statusCode).toBe(422);
    expect(late.json().code).toBe("UNDO_EXPIRED");
    now = start;
    expect(await auditActions(a.id)).toEqual(["create", "publish", "withdraw", "undo-withdraw", "withdraw"]);
  });
});

/** A multipart body as a browser sends it. */
function multipart(fields: Record<string, string>, files: { name: string; type: string; bytes: Buffer }[]) {
  const boundary = "----cds-test-boundary";
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(fields)) parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  for (const f of files) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="${f.name}"\r\nContent-Type: ${f.type}\r\n\r\n`), f.bytes, Buffer.from("\r\n"));
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), headers: { "content-type": `multipart/form-data; boundary=${boundary}` } };
}
const pdf = (size = 2_000) => Buffer.concat([Buffer.from("%PDF-1.4\n1 0 obj << >> endobj\n"), Buffer.alloc(size, 0x20), Buffer.from("\ntrailer << >>\n%%EOF\n")]);
const photoWithExif = () =>
  sharp({ create: { width: 3000, height: 1500, channels: 3, background: "#3a7" } })
    .jpeg()
    .withExif({ IFD0: { Make: "PhoneMaker", Artist: "Nguyen Van A" } })
    .toBuffer();
const upload = (a: ManagedAnnouncement, files: { name: string; type: string; bytes: Buffer }[]) =>
  as(t.app, clerk, { method: "POST", url: api(ep.addFiles.url({ ward: WARD, id: a.id })), ...multipart({ version: String(a.version) }, files) });

describe("pictures and files", () => {
  it("stores a re-encoded photo without EXIF and a PDF; residents get both once published, with name, type and size", async () => {
    const a = await draft("Quyết định có ảnh và PDF");
    const res = await upload(a, [
      { name: "áp phích.jpg", type: "image/jpeg", bytes: await photoWithExif() },
      { name: "Quyết định 12.pdf", type: "application/pdf", bytes: pdf() },
    ]);
    expect(res.statusCode, res.body).toBe(200);
    const withFiles = res.json<ManagedAnnouncement>();
    expect(withFiles.version).toBe(a.version + 1);
    expect(withFiles.attachments.map((f) => [f.name, f.mediaType])).toEqual([
      ["áp phích.jpg", "image/jpeg"],
      ["Quyết định 12.pdf", "application/pdf"],
    ]);
    const [image, file] = withFiles.attachments;
    expect(image).toMatchObject({ width: 2000, height: 1000 });

    // Not published yet: the bytes are not public.
    expect((await t.app.inject(api(image!.url))).statusCode).toBe(404);
    await publish(withFiles);
    const shown = await publicOne(a.id);
    expect(shown.attachments.map((f) => ({ name: f.name, mediaType: f.mediaType, byteSize: f.byteSize }))).toEqual(withFiles.attachments.map((f) => ({ name: f.name, mediaType: f.mediaType, byteSize: f.byteSize })));

    const img = await t.app.inject(api(image!.url));
    expect(img.statusCode).toBe(200);
    expect(img.headers["content-type"]).toBe("image/jpeg");
    expect(img.headers["cache-control"]).toMatch(/max-age=\d+/);
    const meta = await sharp(img.rawPayload).metadata();
    expect(meta.exif).toBeUndefined();
    expect(Math.max(meta.width ?? 0, meta.height ?? 0)).toBe(2000);

    const doc = await t.app.inject(api(file!.url));
    expect(doc.statusCode).toBe(200);
    expect(doc.headers["content-type"]).toBe("application/pdf");
    expect(doc.headers["content-disposition"]).toContain(`filename*=UTF-8''${encodeURIComponent("Quyết định 12.pdf")}`);
    expect(doc.headers["content-disposition"]).toMatch(/^attachment; filename="Quyet dinh 12.pdf"/);
    expect(doc.rawPayload.equals(pdf())).toBe(true);

    // A file id of another notice is not reachable through this one.
    const other = await publish(await draft("Không có tệp"));
    expect((await t.app.inject(api(ep.publicFile.url({ ward: WARD, id: other.id, fileId: file!.id })))).statusCode).toBe(404);

    const removed = await send("POST", api(ep.removeFile.url({ ward: WARD, id: a.id, fileId: file!.id })), { version: withFiles.version + 1 });
    expect(removed.attachments.map((f) => f.name)).toEqual(["áp phích.jpg"]);
    expect((await t.app.inject(api(file!.url))).statusCode).toBe(404);
    expect(await auditActions(a.id)).toEqual(["create", "add-files", "publish", "remove-file"]);
  });

  it("refuses a fake PDF (415), a PDF over 10 MB (413) and a seventh picture (422)", async () => {
    const a = await draft("Tệp sai");
    const fake = await upload(a, [{ name: "quyet-dinh.pdf", type: "application/pdf", bytes: Buffer.from("<html>not a pdf</html>") }]);
    expect(fake.statusCode).toBe(415);
    expect(fake.json().code).toBe("UNSUPPORTED_FILE");
    const big = await upload(a, [{ name: "lon.pdf", type: "application/pdf", bytes: pdf(10 * 1024 * 1024 + 1) }]);
    expect(big.statusCode).toBe(413);
    const small = await sharp({ create: { width: 40, height: 40, channels: 3, background: "#fff" } }).png().toBuffer();
    const six = await upload(a, Array.from({ length: 6 }, (_, i) => ({ name: `anh-${i}.png`, type: "image/png", bytes: small })));
    expect(six.statusCode, six.body).toBe(200);
    const seventh = await upload(six.json<ManagedAnnouncement>(), [{ name: "anh-7.png", type: "image/png", bytes: small }]);
    expect(seventh.statusCode).toBe(422);
    expect(seventh.json().code).toBe("TOO_MANY_IMAGES");
  });

  it("needs a signed-in clerk of the ward", async () => {
    const a = await draft("Không cho người lạ");
    const res = await t.app.inject({ method: "POST", url: api(ep.addFiles.url({ ward: WARD, id: a.id })), ...multipart({ version: String(a.version) }, [{ name: "x.pdf", type: "application/pdf", bytes: pdf() }]) });
    expect(res.statusCode).toBe(401);
  });
});

describe("for an area", () => {
  it("refuses an area of another ward or an unknown one (422)", async () => {
    await t.db.query("insert into residential_areas (id, ward_slug, name) values ('hc-test-1', 'hai-chau', 'Tổ 1 Hải Châu') on conflict do nothing");
    const res = await as(t.app, clerk, { method: "POST", url: `${W}/announcements`, payload: { title: "Sai tổ", body: "x", category: "notice", areaIds: ["hc-test-1"] } });
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe("UNKNOWN_AREA");
  });

  it("residents of the area see it first and marked; others see it after the ward's notices", async () => {
    const ward = await publish(await draft("Cả phường: cúp nước"));
    now = new Date(now.getTime() + 60_000);
    const forOne = await publish(await draft("Họp tổ dân phố 1", { areaIds: ["htt-1"] }));
    now = new Date(now.getTime() + 60_000);
    const forTwo = await publish(await draft("Họp tổ dân phố 2", { areaIds: ["htt-2"] }));
    const ids = new Set([ward.id, forOne.id, forTwo.id]);

    const mine = (await publicList("&area=htt-1")).filter((a) => ids.has(a.id));
    expect(mine.map((a) => [a.title, a.audience])).toEqual([
      ["Họp tổ dân phố 1", "your-area"],
      ["Cả phường: cúp nước", "ward"],
      ["Họp tổ dân phố 2", "other-area"],
    ]);
    const all = await publicList("&area=htt-1");
    const firstOther = all.findIndex((a) => a.audience === "other-area");
    expect(all.slice(firstOther).every((a) => a.audience === "other-area")).toBe(true);
    expect(all.findIndex((a) => a.audience === "ward")).toBeGreaterThan(all.findIndex((a) => a.audience === "your-area"));

    const otherResident = (await publicList("&area=htt-2")).filter((a) => ids.has(a.id));
    expect(otherResident.map((a) => a.title)).toEqual(["Họp tổ dân phố 2", "Cả phường: cúp nước", "Họp tổ dân phố 1"]);

    // Paging through the grouped list gives every notice exactly once.
    const seen: number[] = [];
    let cursor: string | null = null;
    do {
      const page: AnnouncementPage = (await t.app.inject(`${W}/announcements?limit=2&area=htt-1${cursor ? `&cursor=${cursor}` : ""}`)).json<AnnouncementPage>();
      seen.push(...page.items.map((a) => a.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all.map((a) => a.id));
  });
});
