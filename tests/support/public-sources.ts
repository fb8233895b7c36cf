// What a resident may see as a source, and what must never reach them: one rule set for procedures
// and guides, shared by the catalogue tests (the seed files) and the API tests (what the public
// endpoints actually return). A government-service page that cites a code repository, a tabloid or
// "the notes we collected" reads as unofficial even where the fact is right; research notes belong
// in `editorNotes`, which the public API never returns.

/**
 * Hosts whose pages residents may be sent to. `gov.vn` is registered only to state bodies; chinhphu.vn
 * is the Government's portal (also vanban.chinhphu.vn for legal texts); vbpl.vn is the Ministry of
 * Justice's national database of legal texts; thuvienphapluat.vn is the widely used legal-text
 * library; napas.com.vn is NAPAS, the State Bank's switch that owns the VietQR standard.
 * Subdomains of each are allowed (dichvucong.gov.vn, sbv.gov.vn, …).
 */
export const OFFICIAL_HOSTS = ["gov.vn", "chinhphu.vn", "vbpl.vn", "thuvienphapluat.vn", "napas.com.vn"] as const;

/** Code hosts and news or entertainment sites: a source there reads as unofficial on a government page. */
export const UNOFFICIAL_MARKERS = [
  "github",
  "gitlab",
  "bitbucket",
  "sourceforge",
  "codeberg",
  "gitee",
  "huggingface",
  "vnexpress",
  "cafef",
  "plo.vn",
  "kienthuc",
  "kenh14",
  "kênh 14",
  "vietjack",
  "soha",
  "dantri",
  "znews",
  "zingnews",
  "24h.com.vn",
  "nghean24h",
  "thanhnien.vn",
  "tuoitre",
  "vtcnews",
  "vtc news",
  "baomoi",
  "báo mới",
  "doisongphapluat",
  "phunutoday",
  "vietbao",
  "việt báo",
  "trelangblog",
  "luatvietnam",
  "tienphong",
  "vietnamnet",
  "suckhoedoisong",
  "pastebin",
  "cand.com.vn",
  "laodong.vn",
  "genk.vn",
  "nguoiduatin",
  "vtc.vn",
  "eva.vn",
  "afamily",
] as const;

/** Wording of research notes, which belong in editorNotes and never in what a resident reads. */
export const INTERNAL_WORDING = [
  "nguồn đã thu thập",
  "kho mã nguồn",
  "tài liệu dự án",
  "ghi chú trong một bộ kiểm thử",
  "không nêu tên",
  "bản lưu",
  "bài báo",
  "nguồn cũ",
  "chưa đối chiếu",
  "chưa kiểm chứng",
  "chưa xác minh",
  "bộ kiểm thử",
  "chưa đối chiếu lại",
] as const;

/** Research-note wording that needs a pattern: "kho owner/repo", confidence grades, what a copy lacked. */
const INTERNAL_PATTERNS = [
  /\bkho [a-z0-9_.-]+\/[a-z0-9_.-]+/i,
  /bản sao (công khai )?dữ liệu Cổng/i,
  /độ tin cậy (trung bình|thấp|cao)/i,
  /(nguồn|bản ghi) chưa (có|ghi|nêu|liệt kê|nói)/i,
  /\beditorNotes\b/,
];

/** A legal text named by its number: 69/2024/NĐ-CP, 17/2024/TT-NHNN, 68/2020/QH14, 2345/QĐ-NHNN, 3717/BHXH-CNTT. */
const LEGAL_NUMBER = /(?<!\p{N})\d{1,5}\/(?:\d{4}\/)?(?:NĐ-CP|TT-[\p{Lu}-]+|QH\d+|QĐ-[\p{Lu}-]+|CT-TTg|[\p{Lu}]+-[\p{Lu}-]+)(?![\p{L}\p{N}])/u;

/** Publishers residents know as official, for sources cited without a link (a notice, a standard). */
const OFFICIAL_PUBLISHERS = /^(?:Bộ |Công an |Ngân hàng Nhà nước|NAPAS|Bảo hiểm xã hội Việt Nam|Cổng Dịch vụ công|Chính phủ|Sở |Cục |UBND |Ủy ban nhân dân)/u;

export function isOfficialHost(url: string): boolean {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return false;
  }
  return OFFICIAL_HOSTS.some((h) => host === h || host.endsWith(`.${h}`));
}

export function citesLegalText(title: string): boolean {
  return LEGAL_NUMBER.test(title);
}

/** Why a source may not be shown to residents, or null when it may. */
export function sourceProblem(source: { title: string; url?: string | undefined }): string | null {
  if (source.url !== undefined) return isOfficialHost(source.url) ? null : `not an official host: ${source.url}`;
  if (citesLegalText(source.title) || OFFICIAL_PUBLISHERS.test(source.title)) return null;
  return `no link, no legal text number, no official publisher: "${source.title}"`;
}

/** Unofficial site names and research wording found in a piece of public text (case-insensitive). */
export function forbiddenIn(text: string): string[] {
  const lower = text.toLocaleLowerCase("vi");
  return [
    ...[...UNOFFICIAL_MARKERS, ...INTERNAL_WORDING].filter((w) => lower.includes(w)),
    ...INTERNAL_PATTERNS.filter((rule) => rule.test(text)).map(String),
  ];
}
