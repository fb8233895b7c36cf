import type { ManagedArea, ManagedTeam } from "../../shared/schemas/content-admin";
import type { ImportReport, RowProblem } from "../../shared/schemas/list-import";
import type { SupportSession } from "../../shared/schemas/team";
import type { Queryable } from "../db/database";
import { parseSessions, sessionsText } from "../lib/session-text";
import type { Table } from "../lib/spreadsheet";
import { listManagedAreas } from "../repositories/area-admin";
import { insertTeams, listManagedTeams, setTeamAreas, takenTeamIds, teamAreaIds, updateTeamColumns, type NewTeam } from "../repositories/team-admin";
import { MAX_IMPORT_ROWS } from "./list-import";
import { recordedChange, type Actor, type ServiceContext } from "./versioned-change";

// A ward's tổ công nghệ số from its spreadsheet (issue 18), by the same rules as areas and members:
// every row checked first ("Dòng 14, Lịch hỗ trợ: …"), nothing written unless all are valid, then
// one audited transaction; rows equal to what is stored are left alone (re-import changes nothing).
// A row is matched by its code, or without one by the team's name; a new team's code comes from its name.

export const TEAM_HEADERS = ["Mã tổ công nghệ số", "Tên tổ công nghệ số", "Tổ dân phố phụ trách", "Nơi sinh hoạt", "Lịch hỗ trợ"] as const;
const REQUIRED = ["Tên tổ công nghệ số"];
const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const key = (text: string) => text.normalize("NFC").toLowerCase().replace(/\s+/g, " ").trim();
const slug = (text: string) =>
  text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, "d").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 60).replace(/-+$/, "");

type TeamRow = NewTeam & { areaIds: string[] };
type Stored = ManagedTeam & { areaIds: string[] };

// jsonb keeps keys in its own order, so sessions are compared field by field.
const sessionKey = (s: SupportSession) => [[...s.days].sort(), s.start, s.end, s.place];
const sameTeam = (a: Stored, b: TeamRow) =>
  a.name === b.name &&
  a.meetingPlace === b.meetingPlace &&
  JSON.stringify(a.sessions.map(sessionKey)) === JSON.stringify(b.sessions.map(sessionKey)) &&
  JSON.stringify([...a.areaIds].sort()) === JSON.stringify([...b.areaIds].sort());

type Parsed = { items: { row: number; value: TeamRow }[]; problems: RowProblem[] };

/** Checks every row against the ward's teams and areas; codes of new teams are not yet checked against other wards. */
export function parseTeams(table: Table, teams: ManagedTeam[], areas: ManagedArea[]): Parsed {
  const problems: RowProblem[] = [];
  const header = (table[0] ?? []).map(key);
  const columns = new Map<string, number>();
  for (const name of TEAM_HEADERS) {
    const at = header.indexOf(key(name));
    if (at >= 0) columns.set(name, at);
    else if (REQUIRED.includes(name)) problems.push({ row: 1, column: name, problem: `Thiếu cột "${name}" ở dòng tiêu đề. Hãy dùng tệp tải về từ trang này làm mẫu.` });
  }
  if (table.length < 2) problems.push({ row: 1, column: "", problem: "Tệp không có dòng dữ liệu nào dưới dòng tiêu đề." });
  if (table.length - 1 > MAX_IMPORT_ROWS) problems.push({ row: MAX_IMPORT_ROWS + 2, column: "", problem: `Tệp có quá ${MAX_IMPORT_ROWS.toLocaleString("vi-VN")} dòng. Hãy chia thành nhiều tệp.` });
  if (problems.length) return { items: [], problems };

  const teamByName = new Map(teams.map((t) => [key(t.name), t]));
  const areasByName = new Map<string, ManagedArea[]>();
  for (const a of areas) areasByName.set(key(a.name), [...(areasByName.get(key(a.name)) ?? []), a]);
  const areaIds = new Set(areas.map((a) => a.id));
  const seenIds = new Map<string, number>();
  const areaRow = new Map<string, number>();
  const items: Parsed["items"] = [];

  table.slice(1).forEach((cells, index) => {
    const row = index + 2;
    if (cells.every((c) => c === "")) return;
    const cell = (name: string) => cells[columns.get(name) ?? -1] ?? "";
    let valid = true;
    const fail = (column: string, problem: string) => {
      valid = false;
      problems.push({ row, column, problem });
    };
    const name = cell("Tên tổ công nghệ số");
    const meetingPlace = cell("Nơi sinh hoạt") || null;
    let id = cell("Mã tổ công nghệ số");
    if (!name) fail("Tên tổ công nghệ số", "Thiếu tên tổ công nghệ số.");
    else if (name.length > 120) fail("Tên tổ công nghệ số", "Tên dài quá 120 ký tự.");
    if (!id) id = teamByName.get(key(name))?.id ?? slug(name);
    if (!id) {
      // No name either: already reported.
    } else if (!ID.test(id) || id.length > 64) fail("Mã tổ công nghệ số", `Mã "${id}" không hợp lệ: chỉ dùng chữ thường không dấu, số và dấu gạch ngang, ví dụ to-cns-1.`);
    else if (seenIds.has(id)) fail("Mã tổ công nghệ số", `Tổ "${id}" trùng với dòng ${seenIds.get(id)}. Mỗi tổ một dòng.`);
    else seenIds.set(id, row);
    if ((meetingPlace ?? "").length > 200) fail("Nơi sinh hoạt", "Nơi sinh hoạt dài quá 200 ký tự.");

    const linked: string[] = [];
    for (const wanted of cell("Tổ dân phố phụ trách").split(/[;\n]/).map((a) => a.trim()).filter(Boolean)) {
      const byName = areasByName.get(key(wanted)) ?? [];
      const found = byName.length === 1 ? byName[0]?.id : areaIds.has(wanted) ? wanted : undefined;
      if (byName.length > 1) fail("Tổ dân phố phụ trách", `Phường có ${byName.length} tổ dân phố tên "${wanted}". Hãy ghi mã tổ dân phố (${byName.map((a) => a.id).join(", ")}).`);
      else if (!found) fail("Tổ dân phố phụ trách", `Phường chưa có tổ dân phố "${wanted}". Hãy nhập tổ dân phố trước, hoặc sửa tên cho đúng trang Tổ dân phố; các tên cách nhau bằng dấu chấm phẩy (;).`);
      else if (areaRow.has(found) && areaRow.get(found) !== row) fail("Tổ dân phố phụ trách", `Tổ dân phố "${wanted}" đã giao cho tổ ở dòng ${areaRow.get(found)}. Mỗi tổ dân phố một tổ công nghệ số.`);
      else if (!linked.includes(found)) {
        linked.push(found);
        areaRow.set(found, row);
      }
    }

    // A team whose place moves keeps sessions held at its old meeting place in step with it.
    const sessions = parseSessions(cell("Lịch hỗ trợ"), meetingPlace);
    if ("problem" in sessions) fail("Lịch hỗ trợ", sessions.problem);
    if (valid && !("problem" in sessions)) items.push({ row, value: { id, name, meetingPlace, sessions: sessions.sessions, areaIds: linked } });
  });
  return { items, problems };
}

async function plan(db: Queryable, ward: string, table: Table, dryRun: boolean) {
  const [teams, areas, links] = await Promise.all([listManagedTeams(db, ward), listManagedAreas(db, ward), teamAreaIds(db, ward)]);
  const parsed = parseTeams(table, teams, areas);
  const report: ImportReport = { kind: "teams", dryRun, rows: Math.max(0, table.length - 1), created: 0, changed: 0, unchanged: 0, problems: parsed.problems };
  const stored = new Map<string, Stored>(teams.map((t) => [t.id, { ...t, areaIds: links.get(t.id) ?? [] }]));
  const taken = await takenTeamIds(db, parsed.items.filter((i) => !stored.has(i.value.id)).map((i) => i.value.id));
  const created: TeamRow[] = [];
  const changed: TeamRow[] = [];
  for (const { row, value } of parsed.items) {
    const current = stored.get(value.id);
    if (!current && taken.has(value.id)) {
      report.problems.push({ row, column: "Mã tổ công nghệ số", problem: `Mã "${value.id}" đã dùng cho tổ của phường khác. Hãy ghi mã khác ở cột "Mã tổ công nghệ số".` });
    } else if (!current) created.push(value);
    else if (!sameTeam(current, value)) changed.push(value);
    else report.unchanged += 1;
  }
  report.problems.sort((a, b) => a.row - b.row);
  report.created = created.length;
  report.changed = changed.length;
  return { report, created, changed, stored };
}

/** Thrown inside the transaction so it rolls back (no audit entry either); the caller gets the report. */
class NothingWritten extends Error {
  constructor(readonly report: ImportReport) {
    super("import rejected");
  }
}

const nothingToDo = (r: ImportReport) => r.problems.length > 0 || r.created + r.changed === 0;

export async function importTeams(ctx: ServiceContext, actor: Actor, ward: string, table: Table, dryRun: boolean): Promise<ImportReport> {
  const first = await plan(ctx.db, ward, table, dryRun);
  if (dryRun || nothingToDo(first.report)) return first.report;
  try {
    let outcome: ImportReport = first.report;
    await recordedChange<unknown>(
      ctx,
      actor,
      async (tx, now) => {
        // One teams import per ward at a time, rechecked against what is stored now.
        await tx.query("select pg_advisory_xact_lock(hashtextextended($1, 0))", [`import:${ward}:teams`]);
        const { report, created, changed, stored } = await plan(tx, ward, table, false);
        outcome = report;
        if (nothingToDo(report)) throw new NothingWritten(report);
        await insertTeams(tx, ward, created, now);
        for (const team of changed) await updateTeamColumns(tx, ward, team.id, { name: team.name, meetingPlace: team.meetingPlace, sessions: team.sessions }, now);
        for (const team of [...created, ...changed]) await setTeamAreas(tx, team.id, team.areaIds);
        const before = changed.map((t) => {
          const s = stored.get(t.id);
          return s ? { id: s.id, name: s.name, meetingPlace: s.meetingPlace, sessions: s.sessions, areaIds: s.areaIds } : null;
        });
        return { before, after: [...created, ...changed] };
      },
      () => ({ action: "import", entity: "teams", entityId: ward, wards: [ward] }),
    );
    return outcome;
  } catch (error) {
    if (error instanceof NothingWritten) return error.report;
    throw error;
  }
}

/** A ward's teams under TEAM_HEADERS, as importTeams reads them back. */
export async function exportTeams(db: Queryable, ward: string): Promise<string[][]> {
  const [teams, areas, links] = await Promise.all([listManagedTeams(db, ward), listManagedAreas(db, ward), teamAreaIds(db, ward)]);
  const nameCount = new Map<string, number>();
  for (const a of areas) nameCount.set(key(a.name), (nameCount.get(key(a.name)) ?? 0) + 1);
  const areaById = new Map(areas.map((a) => [a.id, a]));
  // An area's name, or its code when two areas share the name (the import would not know which).
  const areaLabel = (id: string) => {
    const a = areaById.get(id);
    return a && nameCount.get(key(a.name)) === 1 ? a.name : id;
  };
  return teams.map((t) => [t.id, t.name, (links.get(t.id) ?? []).map(areaLabel).join("; "), t.meetingPlace ?? "", sessionsText(t.sessions, t.meetingPlace)]);
}
