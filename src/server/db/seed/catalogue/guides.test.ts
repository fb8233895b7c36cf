import { describe, expect, it } from "vitest";
import Value from "typebox/value";
import { GUIDE_TOPICS, GuideContentSchema, type GuideContent, type GuideTopic } from "../../../../shared/schemas/guide";
import { forbiddenIn, sourceProblem } from "../../../../../tests/support/public-sources";
import { loadGuideCatalogue, readGuideFiles } from "./load-guides";

/** Issue #12 asks for at least this many guides. */
const MIN_GUIDES = 28;

// The guides the VNeID, QR-payment and content (#12) issues ask for, by slug. Renaming one is allowed, but it
// has to be renamed here too: links shared into Zalo groups point at these slugs.
const REQUIRED: Record<GuideTopic, readonly string[]> = {
  vneid: [
    "vneid-dang-ky-muc-1",
    "vneid-lam-muc-2-tai-cong-an",
    "vneid-kich-hoat-tai-khoan",
    "vneid-quen-mat-khau",
    "vneid-quen-passcode",
    "vneid-dien-thoai-moi",
    "vneid-tai-khoan-tre-em",
    "vneid-dang-nhap-dich-vu-cong",
    "vneid-canh-giac",
    "vneid-chu-ky-so",
    "vneid-so-suc-khoe-dien-tu",
    "vneid-tich-hop-giay-to",
    "vneid-thong-bao-luu-tru",
    "vneid-khai-bao-tam-vang",
  ],
  "online-services": [
    "dvc-nop-ho-so-truc-tuyen",
    "dvc-nop-ho-so-tren-vneid",
    "dvc-theo-doi-ho-so",
    "vssid-cai-dat-xem-the-bhyt",
    "phan-anh-kien-nghi",
  ],
  "qr-payment": [
    "qr-tra-tien-bang-vietqr",
    "qr-kiem-tra-ten-nguoi-nhan",
    "qr-xac-thuc-khuon-mat",
    "qr-cua-hang-lay-ma-tinh",
    "qr-cua-hang-nhan-tien-an-toan",
  ],
  "bank-sim": ["ngan-hang-mo-tai-khoan-sinh-trac-hoc", "ngan-hang-nhan-luong-huu-tro-cap", "sim-chuan-hoa-thue-bao"],
  scam: ["lua-dao-ma-qr-dan-de", "lua-dao-anh-chuyen-khoan-gia", "lua-dao-gia-danh-cong-an", "lua-dao-trang-web-gia"],
};

/** Every piece of text a resident can see, with where it sits; source URLs are left out (they hold long ids). */
function visibleTexts(guide: GuideContent): { where: string; text: string }[] {
  const out: { where: string; text: string }[] = [
    { where: "title", text: guide.title },
    { where: "summary", text: guide.summary },
  ];
  if (guide.timeNeeded !== undefined) out.push({ where: "timeNeeded", text: guide.timeNeeded });
  guide.prepare.forEach((text, i) => out.push({ where: `prepare[${i}]`, text }));
  guide.steps.forEach((s, i) => {
    const at = `steps[${i}]`;
    out.push({ where: `${at}.title`, text: s.title }, { where: `${at}.body`, text: s.body });
    if (s.tip !== undefined) out.push({ where: `${at}.tip`, text: s.tip });
    if (s.warning !== undefined) out.push({ where: `${at}.warning`, text: s.warning });
    if (s.image !== undefined) out.push({ where: `${at}.image.alt`, text: s.image.alt });
  });
  guide.troubleshooting.forEach((t, i) => {
    out.push({ where: `troubleshooting[${i}].problem`, text: t.problem }, { where: `troubleshooting[${i}].solution`, text: t.solution });
  });
  guide.sources.forEach((s, i) => out.push({ where: `sources[${i}].title`, text: s.title }));
  guide.uncertain.forEach((text, i) => out.push({ where: `uncertain[${i}]`, text }));
  return out;
}

const ALLOWED_SHORT_NUMBERS = new Set(["111", "113", "114", "115"]);

/** Phone-number-like pieces of text: long digit runs (not money), 11x short codes, 1800/1900 lines. */
function phoneLikeIn(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(/\+?(?<!\p{N})\d[\d .-]{5,}\d(?!\p{N})/gu)) {
    const digits = m[0].replace(/\D/g, "");
    const after = text.slice((m.index ?? 0) + m[0].length);
    const isMoney = /^\s*(?:đồng|đ\b|₫|VND)/u.test(after);
    if (digits.length >= 8 && !isMoney) found.push(m[0]);
  }
  for (const m of text.matchAll(/(?<!\p{N})11\d(?!\p{N})/gu)) {
    if (!ALLOWED_SHORT_NUMBERS.has(m[0])) found.push(m[0]);
  }
  for (const m of text.matchAll(/(?<!\p{N})(?:1800|1900)(?!\p{N})/gu)) found.push(m[0]);
  return found;
}

/** Street-address-like pieces of text: "đường Lê Lợi", "số 5 Trần Phú", "12/3 Nguyễn Trãi", "ngõ 7". */
function addressLikeIn(text: string): string[] {
  const patterns = [
    // "thành phố Đà Nẵng" names a city, not a street.
    /(?<!\p{L})(?:[sS]ố nhà|[đĐ]ường|(?<![tT]hành )[pP]hố|[nN]gõ|[nN]gách|[hH]ẻm|[kK]iệt)\s+(?:số\s+)?(?:\d|\p{Lu})/gu,
    /(?<!\p{L})[sS]ố\s+\d+[A-Za-z]?(?:\/\d+)*\s+\p{Lu}/gu,
    /(?<![\p{N}/])\d{1,4}[A-Za-z]?\/\d{1,4}\s+\p{Lu}/gu,
  ];
  return patterns.flatMap((re) => [...text.matchAll(re)].map((m) => m[0]));
}

describe("text detectors used below", () => {
  it("flag phone numbers and street addresses, and leave money, dates and emergency numbers alone", () => {
    for (const phone of ["0905 123 456", "0236.3821.234", "1900.0368", "+84 905 123 456", "gọi 112"]) {
      expect(phoneLikeIn(`Gọi ${phone} để được hỗ trợ`), phone).not.toEqual([]);
    }
    for (const ok of ["10.000.000 đồng", "9.034 đồng", "ngày 01/07/2024", "gọi 113", "129 triệu đồng", "Nghị định 69/2024/NĐ-CP"]) {
      expect(phoneLikeIn(ok), ok).toEqual([]);
    }
    for (const address of ["đường Lê Lợi", "số 5 Trần Phú", "12/3 Nguyễn Trãi", "ngõ 7 Hàng Bông", "Kiệt 45 Hùng Vương"]) {
      expect(addressLikeIn(`Đến ${address} để làm thủ tục`), address).not.toEqual([]);
    }
    for (const ok of ["đường link lạ", "đường dẫn", "nhập số 12 chữ số", "ngày 2/9/2025", "tổ dân phố", "thành phố Đà Nẵng", "Thành phố Hồ Chí Minh"]) {
      expect(addressLikeIn(ok), ok).toEqual([]);
    }
  });
});

describe("guide catalogue", () => {
  it("has guide files, and every file matches the guide schema", () => {
    const files = readGuideFiles();
    expect(files.length).toBeGreaterThan(0);
    const problems = files.flatMap((file) =>
      Value.Check(GuideContentSchema, file.data)
        ? []
        : [...Value.Errors(GuideContentSchema, file.data)].map((e) => `${file.fileName} ${e.instancePath || "(root)"}: ${e.message}`),
    );
    expect(problems, problems.join("\n")).toEqual([]);
  });

  // Loaded lazily inside each test, so that a broken file fails the tests with the loader's
  // message instead of hiding the schema test above behind a collection error.
  let cached: { guides: GuideContent[]; bySlug: Map<string, GuideContent> } | undefined;
  const catalogue = () => {
    if (cached === undefined) {
      const guides = loadGuideCatalogue();
      cached = { guides, bySlug: new Map(guides.map((g) => [g.slug, g])) };
    }
    return cached;
  };

  it("names every file after its slug, and slugs are unique", () => {
    const { guides, bySlug } = catalogue();
    const mismatched = readGuideFiles().filter((f) => {
      const slug = (f.data as { slug?: unknown }).slug;
      return `${String(slug)}.json` !== f.fileName;
    });
    expect(mismatched.map((f) => f.fileName)).toEqual([]);
    expect(bySlug.size).toBe(guides.length);
  });

  it("is sorted by topic in app order, then by slug", () => {
    const { guides } = catalogue();
    const keys = guides.map((g) => `${GUIDE_TOPICS.indexOf(g.topic)}:${g.slug}`);
    expect(keys).toEqual([...keys].sort());
  });

  it(`has at least ${MIN_GUIDES} guides, and every topic the app lists has some`, () => {
    const { guides } = catalogue();
    expect(guides.length).toBeGreaterThanOrEqual(MIN_GUIDES);
    expect(GUIDE_TOPICS.filter((topic) => !guides.some((g) => g.topic === topic))).toEqual([]);
  });

  it("shows residents only official sources: an official site, or a legal text or official body by name", () => {
    const { guides } = catalogue();
    const bad = guides.flatMap((g) =>
      g.sources.flatMap((s, i) => {
        const problem = sourceProblem(s);
        return problem === null ? [] : [`${g.slug} sources[${i}]: ${problem}`];
      }),
    );
    expect(bad).toEqual([]);
  });

  it("names no code host or news site and uses no research wording in anything a resident sees", () => {
    const { guides } = catalogue();
    const hits = guides.flatMap((g) => [
      ...visibleTexts(g).flatMap(({ where, text }) => forbiddenIn(text).map((w) => `${g.slug} ${where}: "${w}"`)),
      ...g.sources.flatMap((s, i) => forbiddenIn(s.url ?? "").map((w) => `${g.slug} sources[${i}].url: "${w}"`)),
    ]);
    expect(hits).toEqual([]);
  });

  it("contains the guides the issues ask for, under the right topic", () => {
    const { bySlug } = catalogue();
    const wrong = Object.entries(REQUIRED).flatMap(([topic, slugs]) =>
      slugs.filter((slug) => bySlug.get(slug)?.topic !== topic).map((slug) => `${slug} (${bySlug.has(slug) ? `topic ${bySlug.get(slug)?.topic}` : "missing"}, want ${topic})`),
    );
    expect(wrong).toEqual([]);
  });

  it("links only to guides that exist, never to itself, without repeats", () => {
    const { guides, bySlug } = catalogue();
    const broken = guides.flatMap((g) => {
      const bad = g.related.filter((r) => !bySlug.has(r) || r === g.slug).map((r) => `${g.slug} → ${r}`);
      if (new Set(g.related).size !== g.related.length) bad.push(`${g.slug}: repeated related slug`);
      return bad;
    });
    expect(broken).toEqual([]);
  });

  it("points troubleshooting entries at steps that exist", () => {
    const { guides } = catalogue();
    const outOfRange = guides.flatMap((g) =>
      g.troubleshooting
        .filter((t) => t.step !== undefined && (t.step < 1 || t.step > g.steps.length))
        .map((t) => `${g.slug}: "${t.problem}" → step ${t.step} of ${g.steps.length}`),
    );
    expect(outOfRange).toEqual([]);
  });

  it("has a checked date that is a real day and not in the future", () => {
    const { guides } = catalogue();
    const today = new Date().toISOString().slice(0, 10);
    const bad = guides.filter((g) => {
      const d = new Date(`${g.checkedAt}T00:00:00Z`);
      return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== g.checkedAt || g.checkedAt > today;
    });
    expect(bad.map((g) => `${g.slug}: ${g.checkedAt}`)).toEqual([]);
  });

  it("prints no phone number other than 111, 113, 114 and 115", () => {
    const { guides } = catalogue();
    const hits = guides.flatMap((g) =>
      visibleTexts(g).flatMap(({ where, text }) => phoneLikeIn(text).map((p) => `${g.slug} ${where}: "${p}"`)),
    );
    expect(hits).toEqual([]);
  });

  it("prints no street address (offices come from the ward's data)", () => {
    const { guides } = catalogue();
    const hits = guides.flatMap((g) =>
      visibleTexts(g).flatMap(({ where, text }) => addressLikeIn(text).map((a) => `${g.slug} ${where}: "${a}"`)),
    );
    expect(hits).toEqual([]);
  });

  it("writes Vietnamese in composed Unicode, with Đ rather than look-alike letters", () => {
    const { guides } = catalogue();
    const bad = guides.flatMap((g) =>
      visibleTexts(g)
        .filter(({ text }) => text !== text.normalize("NFC") || /[\u00D0\u00F0\u0189]/u.test(text) || /\s{2,}|^\s|\s$/u.test(text))
        .map(({ where }) => `${g.slug} ${where}`),
    );
    expect(bad).toEqual([]);
  });
});
