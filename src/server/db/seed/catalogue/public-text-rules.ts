// What a resident may be shown as a source, and wording that must never reach them.
// A government-service page that cites a code repository, a tabloid or "the notes we collected"
// reads as unofficial and loses the resident's trust even where the fact is right. Research notes
// belong in `editorNotes`, which the public API never returns.

/** Hosts of code, data dumps and paste sites: never a source a resident sees. */
const CODE_HOSTS = /github|gitlab|bitbucket|sourceforge|pastebin|huggingface|gitee|codeberg/i;

/** News, tabloid and entertainment sites: a news story is not the text of the law. */
const NEWS_HOSTS =
  /vnexpress|thanhnien\.vn|tuoitre\.vn|cafef|kenh14|24h\.com\.vn|dantri|znews|zingnews|cand\.com\.vn|vietnamnet|laodong\.vn|plo\.vn|baomoi|soha\.vn|genk\.vn|nguoiduatin|vtc\.vn|eva\.vn|afamily/i;

/** How a research note talks about itself; a resident should read what to do instead. */
const INTERNAL_WORDING = [
  /kho mã nguồn/i,
  /\bkho [a-z0-9_.-]+\/[a-z0-9_.-]+/i,
  /nguồn đã thu thập/i,
  /tài liệu dự án/i,
  /bộ kiểm thử/i,
  /bản sao (công khai )?dữ liệu Cổng/i,
  /độ tin cậy (trung bình|thấp|cao)/i,
  /chưa đối chiếu lại/i,
  /(nguồn|bản ghi) chưa (có|ghi|nêu|liệt kê|nói)/i,
  /\beditorNotes\b/,
];

/** Sites a source link may point at: government portals and the national legal-text libraries. */
export function isOfficialSourceUrl(url: string): boolean {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return false;
  }
  return host.endsWith(".gov.vn") || ["vbpl.vn", "chinhphu.vn", "thuvienphapluat.vn"].some((h) => host === h || host.endsWith(`.${h}`));
}

/** Every rule the text breaks, by name; empty when a resident may read it. */
export function publicTextProblems(text: string): string[] {
  const problems: string[] = [];
  if (CODE_HOSTS.test(text)) problems.push("names a code host");
  if (NEWS_HOSTS.test(text)) problems.push("cites a news or entertainment site");
  for (const rule of INTERNAL_WORDING) if (rule.test(text)) problems.push(`internal wording ${String(rule)}`);
  return problems;
}
