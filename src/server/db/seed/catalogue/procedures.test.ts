import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Value from "typebox/value";
import { afterAll, describe, expect, it } from "vitest";
import {
  PROCEDURE_FIELDS,
  ProcedureContentSchema,
  officialProcedureUrl,
  type Fee,
  type ProcedureContent,
} from "../../../../shared/schemas/procedure";
import { PORTAL_RECORD_IDS, isPortalSearchUrl } from "../../../../shared/portal-records";
import {
  ProcedureCatalogueError,
  describeCatalogueErrors,
  loadProcedureCatalogue,
  readProcedureCatalogueFiles,
} from "./load-procedures";

// The topics issue 3 asks the catalogue to cover, by slug. A renamed slug must be renamed here on
// purpose: shared links and residents' saved lists point at slugs.
const REQUIRED_SLUGS = [
  // hộ tịch
  "dang-ky-khai-sinh",
  "lien-thong-khai-sinh-thuong-tru-bhyt",
  "dang-ky-ket-hon",
  "dang-ky-ket-hon-co-yeu-to-nuoc-ngoai",
  "dang-ky-khai-tu",
  "lien-thong-khai-tu-xoa-thuong-tru-mai-tang-phi",
  "dang-ky-nhan-cha-me-con",
  "dang-ky-giam-ho",
  "dang-ky-cham-dut-giam-ho",
  "xac-nhan-tinh-trang-hon-nhan",
  "thay-doi-cai-chinh-bo-sung-ho-tich",
  "dang-ky-lai-khai-sinh",
  "cap-ban-sao-trich-luc-ho-tich",
  "dang-ky-khai-sinh-co-yeu-to-nuoc-ngoai",
  "dang-ky-khai-sinh-ket-hop-nhan-cha-me-con",
  "dang-ky-lai-ket-hon",
  "dang-ky-lai-khai-tu",
  "ghi-chu-ket-hon-o-nuoc-ngoai",
  "ghi-chu-ly-hon-o-nuoc-ngoai",
  "xac-nhan-thong-tin-ho-tich",
  "dang-ky-khai-tu-co-yeu-to-nuoc-ngoai",
  "dang-ky-nhan-cha-me-con-co-yeu-to-nuoc-ngoai",
  "ghi-chu-khai-sinh-va-viec-ho-tich-khac-o-nuoc-ngoai",
  // chứng thực
  "chung-thuc-ban-sao-tu-ban-chinh",
  "chung-thuc-chu-ky",
  "chung-thuc-hop-dong-giao-dich",
  "chung-thuc-di-chuc",
  "chung-thuc-chu-ky-nguoi-dich",
  // cư trú
  "dang-ky-thuong-tru",
  "dang-ky-tam-tru",
  "gia-han-tam-tru",
  "tach-ho",
  "khai-bao-tam-vang",
  "thong-bao-luu-tru",
  "xoa-dang-ky-thuong-tru",
  "xac-nhan-thong-tin-cu-tru",
  // bảo trợ xã hội
  "tro-cap-xa-hoi-hang-thang",
  "ho-tro-chi-phi-mai-tang",
  "xac-dinh-muc-do-khuyet-tat",
  // hộ kinh doanh, căn cước
  "dang-ky-thanh-lap-ho-kinh-doanh",
  "cap-doi-cap-lai-the-can-cuoc",
] as const;

const KEBAB_ASCII = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
// "Free" must name the exemption: a statute (Luật / Nghị định / Thông tư) and an article.
const NAMES_LEGAL_BASIS = /(Luật|Nghị định|Thông tư)[^]*Điều \d+|Điều \d+[^]*(Luật|Nghị định|Thông tư)/;

const files = readProcedureCatalogueFiles();
const catalogue = loadProcedureCatalogue();

function rawRecords(data: unknown): unknown[] {
  if (typeof data !== "object" || data === null || !("procedures" in data)) return [];
  const list = (data as { procedures: unknown }).procedures;
  return Array.isArray(list) ? list : [];
}

function slugOf(record: unknown, index: number): string {
  if (typeof record === "object" && record !== null && "slug" in record && typeof record.slug === "string") {
    return record.slug;
  }
  return `#${index}`;
}

function allFees(p: ProcedureContent): Fee[] {
  return p.channels.map((c) => c.fee);
}

/** A real calendar date (rejects 2026-02-30) that is not after today. */
function isPastOrTodayDate(iso: string, now = new Date()): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  // Compared with the start of the day in UTC, so a date checked "today" in Vietnam (UTC+7) passes.
  return real && date.getTime() <= now.getTime();
}

describe("procedure catalogue files", () => {
  it("has one file per field and nothing else", () => {
    expect(files.map((f) => f.file).sort()).toEqual(PROCEDURE_FIELDS.map((f) => `${f}.json`).sort());
  });

  it.each(files.map((f) => [f.file, f.data] as const))("%s matches the file schema", (file, data) => {
    expect(describeCatalogueErrors(file, data)).toEqual([]);
  });

  it.each(files.map((f) => [f.file, f.data] as const))("every record in %s matches ProcedureContentSchema", (file, data) => {
    const problems = rawRecords(data).flatMap((record, i) =>
      Value.Check(ProcedureContentSchema, record)
        ? []
        : Value.Errors(ProcedureContentSchema, record).map((e) => `${file} ${slugOf(record, i)} ${e.instancePath || "/"}: ${e.message}`),
    );
    expect(problems).toEqual([]);
  });

  it.each(files.map((f) => [f.file, f.data] as const))("records in %s carry the field of the file name", (file, data) => {
    const field = file.replace(/\.json$/, "");
    const wrong = rawRecords(data)
      .filter((r) => (r as { field?: unknown }).field !== field)
      .map((r, i) => slugOf(r, i));
    expect(wrong).toEqual([]);
    expect(rawRecords(data).length).toBeGreaterThan(0);
  });
});

describe("loadProcedureCatalogue", () => {
  it("loads at least 40 procedures", () => {
    expect(catalogue.length).toBeGreaterThanOrEqual(40);
  });

  it("sorts by field, in PROCEDURE_FIELDS order, then by name", () => {
    const collator = new Intl.Collator("vi", { sensitivity: "base" });
    for (let i = 1; i < catalogue.length; i++) {
      const a = catalogue[i - 1];
      const b = catalogue[i];
      if (!a || !b) throw new Error("index out of range");
      const byField = PROCEDURE_FIELDS.indexOf(a.field) - PROCEDURE_FIELDS.indexOf(b.field);
      expect(byField < 0 || (byField === 0 && collator.compare(a.name, b.name) <= 0), `${a.slug} before ${b.slug}`).toBe(true);
    }
  });

  it("has unique kebab-case ASCII slugs", () => {
    const slugs = catalogue.map((p) => p.slug);
    expect(slugs.filter((s) => !KEBAB_ASCII.test(s))).toEqual([]);
    expect(slugs.filter((s, i) => slugs.indexOf(s) !== i)).toEqual([]);
  });

  it("has unique procedure codes where a code is given", () => {
    const codes = catalogue.map((p) => p.code).filter((c): c is string => c !== null);
    expect(codes.filter((c, i) => codes.indexOf(c) !== i)).toEqual([]);
  });

  it("covers every topic the issue asks for", () => {
    const slugs = new Set(catalogue.map((p) => p.slug));
    expect(REQUIRED_SLUGS.filter((s) => !slugs.has(s))).toEqual([]);
  });

  it("covers every field", () => {
    const fields = new Set(catalogue.map((p) => p.field));
    expect(PROCEDURE_FIELDS.filter((f) => !fields.has(f))).toEqual([]);
  });

  it("links to the national portal exactly when a code exists", () => {
    const wrong = catalogue
      .filter((p) => p.officialUrl !== (p.code === null ? null : officialProcedureUrl(p.code)))
      .map((p) => `${p.slug}: ${String(p.officialUrl)}`);
    expect(wrong).toEqual([]);
  });

  it("links to a record page seen on the portal, or else to a search for the code, never the old address form", () => {
    const wrong = catalogue.flatMap((p) => {
      if (p.code === null || p.officialUrl === null) return [];
      const id = PORTAL_RECORD_IDS[p.code];
      const ok =
        id !== undefined
          ? p.officialUrl === `https://dichvucong.gov.vn/thu-tuc-hanh-chinh/${id}`
          : isPortalSearchUrl(p.officialUrl) && new URL(p.officialUrl).searchParams.get("keyword") === p.code;
      return ok && !p.officialUrl.includes("dvc-chi-tiet-thu-tuc") ? [] : [`${p.slug}: ${p.officialUrl}`];
    });
    expect(wrong).toEqual([]);
    expect(isPortalSearchUrl(officialProcedureUrl("9.999999"))).toBe(true);
    expect(isPortalSearchUrl(officialProcedureUrl("1.001193"))).toBe(false);
  });

  it("never shows a fee as free without naming the legal basis of the exemption", () => {
    const wrong = catalogue.flatMap((p) =>
      allFees(p)
        .filter((fee) => fee.kind === "free" && !NAMES_LEGAL_BASIS.test(fee.text))
        .map(() => p.slug),
    );
    expect(wrong).toEqual([]);
  });

  it("writes each headline amount in its fee text", () => {
    const wrong = catalogue.flatMap((p) =>
      allFees(p)
        .filter((fee) => fee.kind === "amount" && !fee.text.includes(fee.amountVnd.toLocaleString("vi-VN")))
        .map((fee) => `${p.slug}: ${fee.kind === "amount" ? fee.amountVnd : ""}`),
    );
    expect(wrong).toEqual([]);
  });

  it("shows no amount for a fee the sources do not publish", () => {
    const wrong = catalogue.flatMap((p) =>
      allFees(p)
        .filter((fee) => fee.kind === "not-published" && fee.text !== undefined && /\d\s*(đồng|đ\b)/.test(fee.text))
        .map(() => p.slug),
    );
    expect(wrong).toEqual([]);
  });

  it("explains in `uncertain` every gap: unknown time limit, unpublished fee or unknown online level", () => {
    const silent = catalogue
      .filter(
        (p) =>
          (p.onlineLevel === "unknown" || p.channels.some((c) => c.timeLimit === null || c.fee.kind === "not-published")) &&
          p.uncertain.length === 0,
      )
      .map((p) => p.slug);
    expect(silent).toEqual([]);
  });

  it("has a real checkedAt date that is not in the future", () => {
    const wrong = catalogue.filter((p) => !isPastOrTodayDate(p.checkedAt)).map((p) => `${p.slug}: ${p.checkedAt}`);
    expect(wrong).toEqual([]);
  });
});

describe("catalogue checks catch bad content", () => {
  const dir = mkdtempSync(join(tmpdir(), "procedures-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("names the file, the path and the problem", () => {
    const [first] = catalogue;
    if (!first) throw new Error("empty catalogue");
    const { sources: _dropped, ...withoutSources } = first;
    const broken = { procedures: [{ ...withoutSources, colour: "red" }] };
    const messages = describeCatalogueErrors("ho-tich.json", broken).join("\n");
    expect(messages).toMatch(/ho-tich\.json \/procedures\/0/);
    expect(messages).toMatch(/sources/);
    expect(messages).toMatch(/colour/);
  });

  it("rejects a free fee without text and a fee kind it does not know", () => {
    const [first] = catalogue;
    if (!first) throw new Error("empty catalogue");
    expect(Value.Check(ProcedureContentSchema, { ...first, channels: [{ mode: "in-person", timeLimit: null, fee: { kind: "free" } }] })).toBe(false);
    expect(Value.Check(ProcedureContentSchema, { ...first, channels: [{ mode: "in-person", timeLimit: null, fee: { kind: "unknown" } }] })).toBe(false);
  });

  it("refuses to load a folder with an invalid record or a record in the wrong file", () => {
    const [first] = catalogue;
    if (!first) throw new Error("empty catalogue");
    writeFileSync(join(dir, "cu-tru.json"), JSON.stringify({ procedures: [{ ...first, field: "ho-tich" }] }));
    expect(() => loadProcedureCatalogue(dir)).toThrow(ProcedureCatalogueError);
    expect(() => loadProcedureCatalogue(dir)).toThrow(/cu-tru\.json .*does not match the file name/);
    writeFileSync(join(dir, "cu-tru.json"), JSON.stringify({ procedures: [{ ...first, checkedAt: 20261122 }] }));
    expect(() => loadProcedureCatalogue(dir)).toThrow(/checkedAt/);
  });

  it("derives the portal link from the code, whatever stale link a file carries", () => {
    const [first] = catalogue;
    if (!first?.code) throw new Error("the first procedure has no code");
    const stale = `https://dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html?ma_thu_tuc=${first.code}`;
    const own = mkdtempSync(join(tmpdir(), "procedures-url-"));
    try {
      writeFileSync(join(own, `${first.field}.json`), JSON.stringify({ procedures: [{ ...first, officialUrl: stale }] }));
      const [loaded] = loadProcedureCatalogue(own);
      expect(loaded?.officialUrl).toBe(officialProcedureUrl(first.code));
      expect(loaded?.officialUrl).not.toBe(stale);
    } finally {
      rmSync(own, { recursive: true, force: true });
    }
  });
});
