import { describe, expect, it } from "vitest";
import { publicProcedure, type ProcedureContent } from "../../../../shared/schemas/procedure";
import { loadProcedureCatalogue } from "./load-procedures";

// Regression tests for the facts issue 12 found wrong after the 01/07/2025 reform (two-tier local
// government, commune-level powers). Each test reads what a resident is shown — the public projection
// of a procedure, never the editors' notes — and fails if the old, wrong fact comes back.

const catalogue = loadProcedureCatalogue();

function procedure(slug: string): ProcedureContent {
  const found = catalogue.find((p) => p.slug === slug);
  if (!found) throw new Error(`procedure ${slug} is missing from the catalogue`);
  return found;
}

/** Every string a resident can see for a procedure, one per line. */
function publicLines(p: ProcedureContent): string[] {
  const lines: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === "string") lines.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (typeof value === "object" && value !== null) Object.values(value).forEach(walk);
  };
  walk(publicProcedure(p));
  return lines;
}

const publicText = (p: ProcedureContent) => publicLines(p).join("\n");

describe("error 4: chứng thực chữ ký người dịch is done at the ward since 01/07/2025", () => {
  const p = procedure("chung-thuc-chu-ky-nguoi-dich");

  it("is handled by the ward's People's Committee and says so with the 2025 decree and its article", () => {
    expect(p.handledBy).toBe("ubnd");
    expect(publicText(p)).toMatch(/01\/07\/2025/);
    expect(p.legalBasis.some((l) => /120\/2025\/NĐ-CP/.test(l) && /Điều 17/.test(l))).toBe(true);
  });

  it("no longer tells residents the ward may not do it or to check first whether it does", () => {
    const text = publicText(p);
    expect(text).not.toMatch(/chưa xác minh/i);
    expect(text).not.toMatch(/có nhận (thủ tục|việc) này (hay không|không)/i);
    expect(text).not.toMatch(/UBND (xã|phường)[^.]*không (làm|nhận|chứng thực)/i);
  });

  it("has a real document list for both kinds of translator and a time limit", () => {
    expect(p.documentCases.map((c) => c.case)).toEqual(
      expect.arrayContaining([expect.stringMatching(/cộng tác viên/), expect.stringMatching(/tự dịch/)]),
    );
    expect(p.channels.every((c) => c.timeLimit !== null && c.fee.kind !== "not-published")).toBe(true);
  });
});

describe("error 5: trợ cấp xã hội hằng tháng is decided by the chairman of the commune People's Committee", () => {
  const p = procedure("tro-cap-xa-hoi-hang-thang");

  it("names the commune chairman as the decider and cites Nghị định 147/2025 with its article", () => {
    expect(publicText(p)).toMatch(/Chủ tịch UBND (phường|cấp xã)[^.]*quyết định/);
    expect(p.legalBasis.some((l) => /147\/2025\/NĐ-CP/.test(l) && /Điều 5/.test(l))).toBe(true);
  });

  it("never sends the file to the district (Phòng Lao động, Chủ tịch UBND cấp huyện)", () => {
    const text = publicText(p);
    expect(text).not.toMatch(/Phòng Lao động/);
    expect(text).not.toMatch(/Chủ tịch (UBND|Ủy ban nhân dân) (cấp )?(huyện|quận)/);
    expect(text).not.toMatch(/(trình|chuyển|gửi) (lên )?(Ủy ban nhân dân |UBND )?cấp huyện/);
  });
});

describe("error 6: thông báo lưu trú needs no paper CT01; hosts notify by phone, online or in VNeID", () => {
  const p = procedure("thong-bao-luu-tru");

  it("asks for no form at all", () => {
    const forms = p.documentCases.flatMap((c) => c.documents.map((d) => d.form).filter((f) => f !== undefined));
    expect(forms).toEqual([]);
    const ct01AsRequired = p.documentCases.some((c) => c.documents.some((d) => /CT01/.test(d.name)));
    expect(ct01AsRequired).toBe(false);
  });

  it("offers an online channel that names the phone and VNeID, and is free with its basis", () => {
    const online = p.channels.find((c) => c.mode === "online");
    expect(online?.note).toMatch(/điện thoại/);
    expect(online?.note).toMatch(/VNeID/);
    expect(p.channels.every((c) => c.fee.kind === "free")).toBe(true);
    expect(p.onlineLevel).toBe("full");
    expect(p.legalBasis.some((l) => /68\/2020\/QH14/.test(l) && /Điều 30/.test(l))).toBe(true);
  });

  it("keeps the 23:00 / 08:00 deadline", () => {
    expect(publicText(p)).toMatch(/23 giờ/);
    expect(publicText(p)).toMatch(/08 giờ/);
  });
});

describe("error 8: căn cước shows its fee, time limit, papers and where to file", () => {
  const p = procedure("cap-doi-cap-lai-the-can-cuoc");

  it("gives the 07-working-day limit of Luật Căn cước on every channel", () => {
    expect(p.channels.length).toBeGreaterThan(0);
    for (const c of p.channels) expect(c.timeLimit).toMatch(/07 ngày làm việc/);
    expect(p.legalBasis.some((l) => /26\/2023\/QH15/.test(l) && /Điều 26/.test(l))).toBe(true);
  });

  it("states the fee in force with the Ministry of Finance circulars, never 'not published'", () => {
    for (const c of p.channels) {
      expect(c.fee.kind).not.toBe("not-published");
      if (c.fee.kind === "not-published") continue;
      expect(c.fee.text).toMatch(/73\/2024\/TT-BTC/);
      expect(c.fee.text).toMatch(/64\/2025\/TT-BTC/);
      expect(c.fee.text).toMatch(/50\.000 đồng/);
      expect(c.fee.text).toMatch(/70\.000 đồng/);
      expect(c.fee.text).toMatch(/miễn/i);
    }
  });

  it("lists real papers instead of a pointer to the portal, and says the ward police receive the file", () => {
    const names = p.documentCases.flatMap((c) => c.documents.map((d) => d.name));
    expect(names.some((n) => /theo danh mục/i.test(n))).toBe(false);
    expect(names.some((n) => /Phiếu thu nhận thông tin căn cước/.test(n))).toBe(true);
    expect(p.handledBy).toBe("cong-an");
    expect(publicText(p)).toMatch(/Công an phường/);
  });

  it("has the free change after the merger of administrative units, done in VNeID and not mandatory", () => {
    const merger = procedure("cap-doi-the-can-cuoc-do-sap-xep-don-vi-hanh-chinh");
    const online = merger.channels.find((c) => c.mode === "online");
    expect(online?.fee.kind).toBe("free");
    expect(online?.note).toMatch(/VNeID/);
    expect(merger.conditions.join("\n")).toMatch(/Không bắt buộc/);
    expect(merger.legalBasis.some((l) => /190\/2025\/QH15/.test(l) && /Điều 10/.test(l))).toBe(true);
  });
});

describe("procedures residents need after the reform exist at commune level", () => {
  it("trợ cấp hưu trí xã hội: age, amount, form and where to file", () => {
    const p = procedure("tro-cap-huu-tri-xa-hoi");
    const text = publicText(p);
    expect(text).toMatch(/75 tuổi/);
    expect(text).toMatch(/70 tuổi/);
    expect(text).toMatch(/500\.000 đồng\/tháng/);
    expect(text).toMatch(/01\/07\/2025/);
    expect(p.handledBy).toBe("ubnd");
    expect(p.documentCases[0]?.documents[0]?.form).toMatch(/Mẫu số 01[^]*176\/2025\/NĐ-CP/);
    expect(p.channels.every((c) => c.timeLimit?.includes("10 ngày làm việc"))).toBe(true);
  });

  it("hộ kinh doanh registration, change, pause and closure are filed at the ward", () => {
    for (const slug of [
      "dang-ky-thanh-lap-ho-kinh-doanh",
      "thay-doi-noi-dung-dang-ky-ho-kinh-doanh",
      "tam-ngung-kinh-doanh-ho-kinh-doanh",
      "cham-dut-hoat-dong-ho-kinh-doanh",
    ]) {
      const p = procedure(slug);
      expect(p.handledBy, slug).toBe("ubnd");
      expect(p.legalBasis.join("\n"), slug).toMatch(/168\/2025\/NĐ-CP/);
      expect(publicText(p), slug).not.toMatch(/cấp huyện (nhận|giải quyết|cấp)/);
    }
  });

  it("the other new commune-level procedures are present", () => {
    for (const slug of [
      "chung-thuc-ban-sao-dien-tu-tu-ban-chinh",
      "cap-ban-sao-tu-so-goc",
      "xoa-dang-ky-tam-tru",
      "dieu-chinh-thong-tin-cu-tru",
      "khai-bao-thong-tin-cu-tru-nguoi-chua-du-dieu-kien",
      "xac-nhan-dien-tich-nha-o-de-dang-ky-thuong-tru",
    ]) {
      expect(() => procedure(slug), slug).not.toThrow();
    }
  });
});

describe("what residents see in these fields is official", () => {
  const fields = new Set(["chung-thuc", "cu-tru", "bao-tro-xa-hoi", "can-cuoc", "ho-kinh-doanh"]);
  const mine = catalogue.filter((p) => fields.has(p.field));
  // Tabloid/news hosts, code hosts and research wording that issue 12 found on procedure pages.
  const UNOFFICIAL = /github|gitlab|kho mã|mã nguồn|nguồn đã thu thập|tài liệu dự án|bộ kiểm thử|cafef|vietbao|kenh14|kênh 14|soha\.vn|tienphong|thanhnien|znews|dantri|vnexpress|thuvienphapluat|luatvietnam|hoatieu|vietluatlaw/i;

  it("cites no code host, news site or research note in any public field", () => {
    const offenders = mine.flatMap((p) => publicLines(p).filter((line) => UNOFFICIAL.test(line)).map((line) => `${p.slug}: ${line}`));
    expect(offenders).toEqual([]);
  });

  it("links sources only to official (.gov.vn) sites", () => {
    const links = mine.flatMap((p) => p.sources.filter((s) => s.url !== undefined).map((s) => `${p.slug}: ${s.url}`));
    expect(links.filter((l) => !/^[a-z0-9-]+: https?:\/\/([a-z0-9-]+\.)*(gov\.vn|chinhphu\.vn)\//.test(l))).toEqual([]);
  });

  it("gives every procedure a legal basis line with a document number and an article", () => {
    const missing = mine.filter((p) => !p.legalBasis.some((l) => /\d+\/\d{4}\/[A-ZĐ-]+/.test(l) && /Điều \d+/.test(l))).map((p) => p.slug);
    expect(missing).toEqual([]);
  });

  it("keeps research notes out of the public projection", () => {
    const withNotes = mine.filter((p) => (p.editorNotes ?? []).length > 0);
    expect(withNotes.length).toBeGreaterThan(0);
    for (const p of withNotes) expect(Object.keys(publicProcedure(p))).not.toContain("editorNotes");
  });
});
