import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spreadsheetEndpoints } from "../../src/shared/api/spreadsheets";
import type { ManagedArea, ManagedTeam } from "../../src/shared/schemas/content-admin";
import type { ImportRejected, ImportReport } from "../../src/shared/schemas/list-import";
import { as, createStaffFixtures, signIn, type SignedIn } from "./staff-session";
import { startTestApp, type TestApp } from "./test-app";

// Issue 18: a ward's tổ công nghệ số from its spreadsheet (name, areas, meeting place, sessions), by
// the rules of the areas and members imports: preview, all or nothing, audited, idempotent, round trip.

const importUrl = (dryRun = false) => `/api/v1${spreadsheetEndpoints.importList.url({ ward: "hoa-cuong", kind: "teams" })}${dryRun ? "?dryRun=true" : ""}`;
const exportUrl = (file: string) => `/api/v1${spreadsheetEndpoints.exportList.url({ ward: "hoa-cuong", file })}`;
const HEADER = ["Mã tổ công nghệ số", "Tên tổ công nghệ số", "Tổ dân phố phụ trách", "Nơi sinh hoạt", "Lịch hỗ trợ"];

function multipart(bytes: Buffer, filename: string) {
  const boundary = "----cds-team-boundary";
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { "content-type": `multipart/form-data; boundary=${boundary}` } };
}
const csv = (lines: string[][]) => Buffer.from(`\uFEFF${lines.map((l) => l.map((c) => (/[",;\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(",")).join("\r\n")}\r\n`);
async function xlsx(lines: string[][]) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Tổ công nghệ số");
  for (const line of lines) sheet.addRow(line);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe("teams import and export", () => {
  let t: TestApp;
  let editor: SignedIn;
  let other: SignedIn;
  let areas: ManagedArea[];
  const upload = (who: SignedIn | null, bytes: Buffer, name: string, dryRun = false) => as(t.app, who, { method: "POST", url: importUrl(dryRun), ...multipart(bytes, name) });
  const teams = async () => (await as(t.app, editor, { method: "GET", url: "/api/v1/wards/hoa-cuong/manage/teams" })).json<{ items: ManagedTeam[] }>().items;
  const links = async () => t.db.query<{ team_id: string; area_id: string }>("select team_id, area_id from team_areas order by team_id, area_id");
  const auditCount = async () => (await t.db.query<{ n: number }>("select count(*)::int as n from audit_log where action = 'import' and entity = 'teams'"))[0]?.n ?? 0;

  beforeAll(async () => {
    t = await startTestApp();
    await createStaffFixtures(t.db);
    editor = await signIn(t.app, "editor-hc");
    other = await signIn(t.app, "editor-other");
    areas = (await as(t.app, editor, { method: "GET", url: "/api/v1/wards/hoa-cuong/manage/areas" })).json<{ items: ManagedArea[] }>().items;
  }, 120_000);
  afterAll(() => t.close());

  it("exports teams as .xlsx and .csv and imports both back: nothing changed, no version bumped, nothing audited", async () => {
    const before = await teams();
    const beforeLinks = await links();
    const x = await as(t.app, editor, { method: "GET", url: exportUrl("teams.xlsx") });
    expect(x.statusCode).toBe(200);
    expect(x.headers["content-type"]).toMatch(/spreadsheetml/);
    const back = await upload(editor, x.rawPayload, "to-cns.xlsx");
    expect(back.statusCode, back.body).toBe(200);
    expect(back.json<ImportReport>()).toMatchObject({ kind: "teams", rows: before.length, created: 0, changed: 0, unchanged: before.length, problems: [] });

    const c = await as(t.app, editor, { method: "GET", url: exportUrl("teams.csv") });
    expect(c.statusCode).toBe(200);
    expect(c.body.split("\n")[0]).toContain("Lịch hỗ trợ");
    expect(c.body).toMatch(/Chủ nhật 7:30–10:30/);
    const backCsv = await upload(editor, Buffer.from(c.body), "to-cns.csv");
    expect(backCsv.json<ImportReport>()).toMatchObject({ changed: 0, unchanged: before.length });
    expect(await teams()).toEqual(before);
    expect(await links()).toEqual(beforeLinks);
    expect(await auditCount()).toBe(0);
  });

  it("previews, then creates a team from .xlsx with Vietnamese text, its areas by name and its sessions; once audited; again changes nothing", async () => {
    const [a1, a2] = areas.filter((a) => !areas.some((b) => b !== a && b.name === a.name));
    if (!a1 || !a2) throw new Error("demo ward has areas");
    const file = await xlsx([HEADER, ["", "Tổ công nghệ số Hòa Cường Nam 9", `${a1.name}; ${a2.name}`, "Nhà văn hóa khối phố Đông Trà", "Thứ Bảy 8:00–11:00; Chủ nhật 14h-16h30; Thứ 2 - Thứ 6 19:00–20:30 tại Sân bóng kiệt 45"]]);
    const preview = await upload(editor, file, "moi.xlsx", true);
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json<ImportReport>()).toMatchObject({ dryRun: true, created: 1, changed: 0 });
    expect((await teams()).some((x) => x.name === "Tổ công nghệ số Hòa Cường Nam 9")).toBe(false);

    const applied = await upload(editor, file, "moi.xlsx");
    expect(applied.statusCode, applied.body).toBe(200);
    expect(applied.json<ImportReport>()).toMatchObject({ created: 1 });
    const made = (await teams()).find((x) => x.name === "Tổ công nghệ số Hòa Cường Nam 9");
    expect(made).toMatchObject({
      id: "to-cong-nghe-so-hoa-cuong-nam-9",
      meetingPlace: "Nhà văn hóa khối phố Đông Trà",
      sessions: [
        { days: [6], start: "08:00", end: "11:00", place: "Nhà văn hóa khối phố Đông Trà" },
        { days: [0], start: "14:00", end: "16:30", place: "Nhà văn hóa khối phố Đông Trà" },
        { days: [1, 2, 3, 4, 5], start: "19:00", end: "20:30", place: "Sân bóng kiệt 45" },
      ],
    });
    expect((await links()).filter((l) => l.team_id === made?.id).map((l) => l.area_id).sort()).toEqual([a1.id, a2.id].sort());
    // The public team page shows it too: the import went through the same tables.
    const pub = await t.app.inject({ method: "GET", url: `/api/v1/wards/hoa-cuong/teams/${made?.id}` });
    expect(pub.json<{ areas: { id: string }[] }>().areas.map((a) => a.id).sort()).toEqual([a1.id, a2.id].sort());
    expect(await auditCount()).toBe(1);

    const again = await upload(editor, file, "moi.xlsx");
    expect(again.json<ImportReport>()).toMatchObject({ created: 0, changed: 0 });
    expect(await auditCount()).toBe(1);

    // The export writes it back in the form it was typed, and that file is a no-op.
    const exported = await as(t.app, editor, { method: "GET", url: exportUrl("teams.csv") });
    expect(exported.body).toContain("Thứ Bảy 8:00–11:00; Chủ nhật 14:00–16:30; Thứ Hai–Thứ Sáu 19:00–20:30 tại Sân bóng kiệt 45");
    expect((await upload(editor, Buffer.from(exported.body), "lai.csv")).json<ImportReport>()).toMatchObject({ created: 0, changed: 0 });

    // Changing one team's meeting place by its code: one change, the version bumped.
    const version = made?.version ?? 0;
    const moved = await upload(editor, csv([HEADER, [made?.id ?? "", made?.name ?? "", `${a1.name}; ${a2.name}`, "Trường Tiểu học Lê Văn Tám", "Thứ Bảy 8:00–11:00"]]), "doi.csv");
    expect(moved.json<ImportReport>()).toMatchObject({ created: 0, changed: 1 });
    expect((await teams()).find((x) => x.id === made?.id)).toMatchObject({ version: version + 1, meetingPlace: "Trường Tiểu học Lê Văn Tám", sessions: [{ days: [6], place: "Trường Tiểu học Lê Văn Tám" }] });
    expect(await auditCount()).toBe(2);
  });

  it("answers 422 with each bad row ('Dòng …') and writes nothing, not even the good rows", async () => {
    const before = await teams();
    const beforeLinks = await links();
    const audits = await auditCount();
    const [a1] = areas;
    const bad = csv([
      HEADER,
      ["", "Tổ công nghệ số mới tốt", a1?.name ?? "", "", "Thứ Bảy 8:00–11:00"],
      ["", "", "", "", ""].map((c, i) => (i === 3 ? "Nhà văn hóa" : c)),
      ["", "Tổ sai lịch", "Tổ dân phố không có thật", "", "Thứ Tám 8:00–11:00"],
      ["", "Tổ giờ ngược", a1?.name ?? "", "", "Chủ nhật 16:00–14:00"],
    ]);
    const res = await upload(editor, bad, "loi.csv");
    expect(res.statusCode).toBe(422);
    const body = res.json<ImportRejected>();
    expect(body.code).toBe("IMPORT_ROWS_INVALID");
    expect(body.message).toMatch(/chưa ghi gì/);
    expect(body.report?.problems.map((p) => [p.row, p.column])).toEqual([
      [3, "Tên tổ công nghệ số"],
      [4, "Tổ dân phố phụ trách"],
      [4, "Lịch hỗ trợ"],
      [5, "Tổ dân phố phụ trách"],
      [5, "Lịch hỗ trợ"],
    ]);
    expect(body.report?.problems[1]?.problem).toMatch(/chưa có tổ dân phố "Tổ dân phố không có thật"/);
    expect(body.report?.problems[2]?.problem).toMatch(/Không hiểu lịch "Thứ Tám 8:00–11:00"/);
    expect(body.report?.problems[3]?.problem).toMatch(/đã giao cho tổ ở dòng 2/);
    expect(body.report?.problems[4]?.problem).toMatch(/giờ kết thúc phải sau giờ bắt đầu/);

    // A team code another ward uses is refused as a row problem, not a 500.
    await t.db.query("insert into teams (id, ward_slug, name) values ('to-cua-hai-chau', 'hai-chau', 'Tổ của Hải Châu') on conflict do nothing");
    const clash = await upload(editor, csv([HEADER, ["to-cua-hai-chau", "Tổ mượn mã", "", "", ""]]), "trung.csv");
    expect(clash.statusCode).toBe(422);
    expect(clash.json<ImportRejected>().report?.problems[0]).toMatchObject({ row: 2, column: "Mã tổ công nghệ số" });

    expect(await teams()).toEqual(before);
    expect(await links()).toEqual(beforeLinks);
    expect(await auditCount()).toBe(audits);
  });

  it("neutralises formula-looking cells in the export and reads them back as typed", async () => {
    const [team] = await teams();
    await t.db.query("update teams set meeting_place = '=HYPERLINK(\"x\")' where id = $1", [team?.id]);
    const before = await teams();
    const res = await as(t.app, editor, { method: "GET", url: exportUrl("teams.csv") });
    expect(res.body).toContain(`"'=HYPERLINK(""x"")"`);
    expect(res.body).not.toMatch(/(^|,)=HYPERLINK/m);
    const back = await upload(editor, Buffer.from(res.body), "lai.csv");
    expect(back.json<ImportReport>()).toMatchObject({ changed: 0 });
    expect(await teams()).toEqual(before);
  });

  it("is for staff of that ward: 401 signed out, 403 for another ward's editor", async () => {
    const file = csv([HEADER, ["", "Tổ lạ", "", "", ""]]);
    expect((await upload(null, file, "a.csv")).statusCode).toBe(401);
    expect((await upload(other, file, "a.csv")).statusCode).toBe(403);
    expect((await as(t.app, null, { method: "GET", url: exportUrl("teams.xlsx") })).statusCode).toBe(401);
    expect((await as(t.app, other, { method: "GET", url: exportUrl("teams.csv") })).statusCode).toBe(403);
    expect((await teams()).some((x) => x.name === "Tổ lạ")).toBe(false);
  });
});
