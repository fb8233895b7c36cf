import { ApiError } from "../lib/api-error";
import type { Table } from "../lib/spreadsheet";
import { cellOfStreets, checkedStreets, streetsOfCell } from "../../shared/area-streets";
import type { ManagedArea, ManagedMember } from "../../shared/schemas/content-admin";
import type { ImportReport, ListKind as AnyListKind, RowProblem } from "../../shared/schemas/list-import";
import { MEMBER_ROLES, MemberRoleLabels, type MemberRole } from "../../shared/schemas/team";
import { areaOwners, listManagedAreas, upsertAreas } from "../repositories/area-admin";
import { listManagedTeams, replaceMembers, updateTeamColumns } from "../repositories/team-admin";
import type { Queryable } from "../db/database";
import { recordedChange, type Actor, type ServiceContext } from "./versioned-change";

// A ward's lists from its spreadsheets (issue 18): every row is checked first and the clerk sees a
// report ("Dòng 14, Số điện thoại: …"); nothing is written unless every row is valid, and then all
// of it in one audited transaction. Rows equal to what is stored are left alone, so importing the
// same file again changes nothing (no version bump, no audit noise).

/** The lists this module reads; teams have their own (team-import.ts). */
type ListKind = Exclude<AnyListKind, "teams">;

export const MAX_IMPORT_ROWS = 5_000;
export const AREA_HEADERS = ["Mã tổ dân phố", "Tên tổ dân phố", "Phường cũ", "Tên cũ", "Đường, kiệt", "Tên gọi khác", "Mã tổ công nghệ số"] as const;
// Files exported before streets had their own column kept streets and other names in one: read as other names.
const FORMER_HEADERS: Record<string, string> = { "Tên gọi khác": "Đường, kiệt, tên khác" };
export const MEMBER_HEADERS = ["Mã tổ công nghệ số", "Họ tên", "Vai trò", "Số điện thoại", "Đồng ý công khai số"] as const;
export const HEADERS: Record<ListKind, readonly string[]> = { areas: AREA_HEADERS, members: MEMBER_HEADERS };
const REQUIRED: Record<ListKind, readonly string[]> = { areas: ["Mã tổ dân phố", "Tên tổ dân phố"], members: ["Mã tổ công nghệ số", "Họ tên", "Vai trò"] };
const MAX_MEMBERS_PER_TEAM = 50;

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const key = (text: string) => text.normalize("NFC").toLowerCase().replace(/\s+/g, " ").trim();
const YES = new Set(["có", "co", "x", "đồng ý", "dong y", "yes", "1", "true"]);
const NO = new Set(["", "không", "khong", "no", "0", "false"]);
const ROLE_BY_TEXT = new Map<string, MemberRole>(MEMBER_ROLES.flatMap((r) => [[key(r), r] as const, [key(MemberRoleLabels[r]), r] as const]));

/** A phone as Excel keeps it: a number typed in a cell loses its leading 0 (905123456), so it is put back. */
export function checkedPhone(raw: string): string | null | undefined {
  if (raw === "") return null;
  const text = /^[1-9]\d{8,9}$/.test(raw) ? `0${raw}` : raw;
  const digits = text.replace(/[\s().-]/g, "");
  return /^[0-9 +().-]{6,20}$/.test(text) && /^(0\d{9,10}|\+84\d{9,10})$/.test(digits) ? text : undefined;
}

type Parsed<T> = { items: { row: number; value: T }[]; problems: RowProblem[] };

/** Maps each expected header to its column (any order, extra columns ignored); missing required ones are problems. */
function columnsOf(kind: ListKind, table: Table, problems: RowProblem[]): Map<string, number> {
  const header = (table[0] ?? []).map(key);
  const columns = new Map<string, number>();
  for (const name of HEADERS[kind]) {
    const former = FORMER_HEADERS[name];
    const at = header.includes(key(name)) || !former ? header.indexOf(key(name)) : header.indexOf(key(former));
    if (at >= 0) columns.set(name, at);
    else if (REQUIRED[kind].includes(name)) problems.push({ row: 1, column: name, problem: `Thiếu cột "${name}" ở dòng tiêu đề. Hãy dùng tệp tải về từ trang này làm mẫu.` });
  }
  if (table.length < 2) problems.push({ row: 1, column: "", problem: "Tệp không có dòng dữ liệu nào dưới dòng tiêu đề." });
  if (table.length - 1 > MAX_IMPORT_ROWS) problems.push({ row: MAX_IMPORT_ROWS + 2, column: "", problem: `Tệp có quá ${MAX_IMPORT_ROWS.toLocaleString("vi-VN")} dòng. Hãy chia thành nhiều tệp.` });
  return columns;
}

/** A row's cells by header, and a way to report one of its problems; returns true when the row was valid. */
type RowReader = (cell: (name: string) => string, fail: (column: string, problem: string) => void) => void;

function rowsOf(kind: ListKind, table: Table, each: (row: number, read: (reader: RowReader) => boolean) => void): RowProblem[] {
  const problems: RowProblem[] = [];
  const columns = columnsOf(kind, table, problems);
  if (problems.length) return problems;
  table.slice(1).forEach((cells, index) => {
    const row = index + 2;
    if (cells.every((c) => c === "")) return;
    each(row, (reader) => {
      let valid = true;
      reader(
        (name) => cells[columns.get(name) ?? -1] ?? "",
        (column, problem) => {
          valid = false;
          problems.push({ row, column, problem });
        },
      );
      return valid;
    });
  });
  return problems;
}

/** `hasStreets` false: an older file without the streets column, which must not erase the streets stored. */
export function parseAreas(table: Table, teamIds: Set<string>): Parsed<ManagedArea> & { hasStreets: boolean } {
  const items: Parsed<ManagedArea>["items"] = [];
  const seen = new Map<string, number>();
  const problems = rowsOf("areas", table, (row, read) => {
    let value: ManagedArea | null = null;
    const valid = read((cell, fail) => {
      const id = cell("Mã tổ dân phố");
      const name = cell("Tên tổ dân phố");
      const aliases = cell("Tên gọi khác").split(/[;\n]/).map((a) => a.trim()).filter(Boolean);
      const streets = checkedStreets(streetsOfCell(cell("Đường, kiệt")));
      const teamId = cell("Mã tổ công nghệ số") || null;
      if (!id) fail("Mã tổ dân phố", "Thiếu mã tổ dân phố (chữ thường không dấu, ví dụ hcb-21).");
      else if (!ID.test(id) || id.length > 64) fail("Mã tổ dân phố", `Mã "${id}" không hợp lệ: chỉ dùng chữ thường không dấu, số và dấu gạch ngang, ví dụ hcb-21.`);
      else if (seen.has(id)) fail("Mã tổ dân phố", `Mã "${id}" trùng với dòng ${seen.get(id)}. Mỗi tổ dân phố một mã.`);
      else seen.set(id, row);
      if (!name) fail("Tên tổ dân phố", "Thiếu tên tổ dân phố.");
      else if (name.length > 120) fail("Tên tổ dân phố", "Tên dài quá 120 ký tự.");
      if (cell("Phường cũ").length > 120) fail("Phường cũ", "Tên phường cũ dài quá 120 ký tự.");
      if (cell("Tên cũ").length > 200) fail("Tên cũ", "Tên cũ dài quá 200 ký tự.");
      if (streets.problem !== null) fail("Đường, kiệt", `${streets.problem} Các tên cách nhau bằng dấu chấm phẩy (;).`);
      if (aliases.length > 20) fail("Tên gọi khác", "Nhiều hơn 20 tên; hãy giữ những tên người dân hay dùng nhất.");
      if (aliases.some((a) => a.length > 120)) fail("Tên gọi khác", "Có tên dài quá 120 ký tự; các tên cách nhau bằng dấu chấm phẩy (;).");
      if (teamId && !teamIds.has(teamId)) fail("Mã tổ công nghệ số", `Phường chưa có tổ công nghệ số mã "${teamId}". Hãy kiểm tra mã trong trang Tổ công nghệ số.`);
      value = { id, name, formerWard: cell("Phường cũ") || null, formerName: cell("Tên cũ") || null, aliases, streets: streets.streets ?? [], teamId };
    });
    if (valid && value) items.push({ row, value });
  });
  return { items, problems, hasStreets: (table[0] ?? []).map(key).includes(key("Đường, kiệt")) };
}

type MemberRow = ManagedMember & { teamId: string };

export function parseMembers(table: Table, teamIds: Set<string>): Parsed<MemberRow> {
  const items: Parsed<MemberRow>["items"] = [];
  const perTeam = new Map<string, number>();
  const problems = rowsOf("members", table, (row, read) => {
    let value: MemberRow | null = null;
    const valid = read((cell, fail) => {
      const teamId = cell("Mã tổ công nghệ số");
      const name = cell("Họ tên");
      const role = ROLE_BY_TEXT.get(key(cell("Vai trò")));
      const phone = checkedPhone(cell("Số điện thoại"));
      const consent = key(cell("Đồng ý công khai số"));
      if (!teamId) fail("Mã tổ công nghệ số", "Thiếu mã tổ công nghệ số.");
      else if (!teamIds.has(teamId)) fail("Mã tổ công nghệ số", `Phường chưa có tổ công nghệ số mã "${teamId}". Hãy kiểm tra mã trong trang Tổ công nghệ số.`);
      else if ((perTeam.get(teamId) ?? 0) >= MAX_MEMBERS_PER_TEAM) fail("Mã tổ công nghệ số", `Tổ "${teamId}" đã có ${MAX_MEMBERS_PER_TEAM} thành viên trong tệp; mỗi tổ tối đa ${MAX_MEMBERS_PER_TEAM}.`);
      if (!name) fail("Họ tên", "Thiếu họ tên.");
      else if (name.length > 100) fail("Họ tên", "Họ tên dài quá 100 ký tự.");
      if (!role) fail("Vai trò", `Vai trò "${cell("Vai trò")}" không có trong danh sách. Hãy ghi một trong: ${MEMBER_ROLES.map((r) => MemberRoleLabels[r]).join(", ")}.`);
      if (phone === undefined) fail("Số điện thoại", `Số điện thoại "${cell("Số điện thoại")}" không hợp lệ. Hãy ghi 10 hoặc 11 chữ số, ví dụ 0905 123 456.`);
      if (!YES.has(consent) && !NO.has(consent)) fail("Đồng ý công khai số", 'Hãy ghi "Có" (thành viên đồng ý công khai số điện thoại) hoặc "Không".');
      if (teamId) perTeam.set(teamId, (perTeam.get(teamId) ?? 0) + 1);
      // A phone is public only with its owner's consent (the existing rule, kept by replaceMembers too).
      if (role && phone !== undefined) value = { teamId, name, role, phone, phonePublic: phone !== null && YES.has(consent) };
    });
    if (valid && value) items.push({ row, value });
  });
  return { items, problems };
}

const sameArea = (a: ManagedArea, b: ManagedArea) =>
  a.name === b.name && a.formerWard === b.formerWard && a.formerName === b.formerName && a.teamId === b.teamId && JSON.stringify(a.aliases) === JSON.stringify(b.aliases) &&
  JSON.stringify(a.streets) === JSON.stringify(b.streets);
const memberKey = (m: ManagedMember) => JSON.stringify([m.name, m.role, m.phone, m.phone !== null && m.phonePublic]);

const rejected = (report: ImportReport) => report.problems.length > 0;

/**
 * Checks the table and, unless `dryRun` or any row is bad, applies it in one transaction: areas are
 * created or updated by their id, each team named in a members file gets exactly the members listed.
 */
export async function importList(ctx: ServiceContext, actor: Actor, ward: string, kind: ListKind, table: Table, dryRun: boolean): Promise<ImportReport> {
  const plan = async (tx: Queryable) => {
    const teams = await listManagedTeams(tx, ward);
    const teamIds = new Set(teams.map((t) => t.id));
    const report: ImportReport = { kind, dryRun, rows: Math.max(0, table.length - 1), created: 0, changed: 0, unchanged: 0, problems: [] };
    if (kind === "areas") {
      const parsed = parseAreas(table, teamIds);
      report.problems = parsed.problems;
      const current = new Map((await listManagedAreas(tx, ward)).map((a) => [a.id, a]));
      const writes: ManagedArea[] = [];
      const owners = await areaOwners(tx, parsed.items.map((i) => i.value.id));
      for (const { row, value: read } of parsed.items) {
        const stored = current.get(read.id);
        const value = parsed.hasStreets ? read : { ...read, streets: stored?.streets ?? [] };
        if (!stored && owners.has(value.id)) {
          report.problems.push({ row, column: "Mã tổ dân phố", problem: `Mã "${value.id}" đã dùng cho tổ dân phố của phường khác. Hãy chọn mã khác.` });
        } else if (!stored) {
          report.created += 1;
          writes.push(value);
        } else if (!sameArea(stored, value)) {
          report.changed += 1;
          writes.push(value);
        } else report.unchanged += 1;
      }
      return {
        report,
        apply: async (_now: Date) => {
          await upsertAreas(tx, ward, writes);
          return { before: writes.map((w) => current.get(w.id) ?? null), after: writes };
        },
      };
    }
    const parsed = parseMembers(table, teamIds);
    report.problems = parsed.problems;
    const byTeam = new Map<string, ManagedMember[]>();
    for (const { value } of parsed.items) {
      const { teamId, ...member } = value;
      byTeam.set(teamId, [...(byTeam.get(teamId) ?? []), member]);
    }
    const changedTeams = [...byTeam].filter(([id, members]) => {
      const stored = teams.find((t) => t.id === id)?.members ?? [];
      const same = stored.length === members.length && stored.every((m, i) => memberKey(m) === memberKey(members[i] as ManagedMember));
      if (same) report.unchanged += members.length;
      else report.changed += members.length;
      return !same;
    });
    return {
      report,
      apply: async (now: Date) => {
        for (const [id, members] of changedTeams) {
          await replaceMembers(tx, id, members);
          await updateTeamColumns(tx, ward, id, {}, now);
        }
        return { before: changedTeams.map(([id]) => teams.find((t) => t.id === id) ?? null), after: changedTeams.map(([id, members]) => ({ id, members })) };
      },
    };
  };

  // The preview, and the answer when something is wrong or nothing would change (no empty audit entry).
  const { report: first } = await plan(ctx.db);
  if (dryRun || rejected(first) || first.created + first.changed === 0) return first;
  let outcome: ImportReport | null = null;
  try {
    await recordedChange<unknown>(
      ctx,
      actor,
      async (tx, now) => {
        // One import of a kind per ward at a time; the check is redone inside, against what is stored now.
        await tx.query("select pg_advisory_xact_lock(hashtextextended($1, 0))", [`import:${ward}:${kind}`]);
        const { report, apply } = await plan(tx);
        outcome = report;
        // Another instance may have applied the same file meanwhile: then nothing is left to write or audit.
        if (rejected(report) || report.created + report.changed === 0) throw new NothingWritten(report);
        const change = await apply(now);
        return { before: change.before, after: change.after };
      },
      () => ({ action: "import", entity: kind === "areas" ? "areas" : "team-members", entityId: ward, wards: [ward] }),
    );
  } catch (error) {
    if (error instanceof NothingWritten) return error.report;
    throw error;
  }
  if (!outcome) throw new ApiError(400, "IMPORT_FAILED", "Không đọc được tệp. Hãy thử lại.");
  return outcome;
}

/** Thrown inside the transaction so it rolls back (no audit entry either); the caller gets the report. */
class NothingWritten extends Error {
  constructor(readonly report: ImportReport) {
    super("import rejected");
  }
}

/** The rows a ward's list exports to, under HEADERS[kind], as the import reads them back. */
export async function exportRows(db: Queryable, ward: string, kind: ListKind): Promise<string[][]> {
  if (kind === "areas") {
    return (await listManagedAreas(db, ward)).map((a) => [a.id, a.name, a.formerWard ?? "", a.formerName ?? "", cellOfStreets(a.streets), a.aliases.join("; "), a.teamId ?? ""]);
  }
  return (await listManagedTeams(db, ward)).flatMap((t) => t.members.map((m) => [t.id, m.name, MemberRoleLabels[m.role], m.phone ?? "", m.phone !== null && m.phonePublic ? "Có" : "Không"]));
}
