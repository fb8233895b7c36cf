import type { SupportSession } from "../../shared/schemas/team";

// A team's weekly sessions as a ward office writes them in Excel: "Thứ Bảy 8:00–11:00; Chủ nhật
// 14:00–16:00", "Thứ 2 - Thứ 6 7h30-9h", "T7, CN 8h-11h tại Nhà văn hóa tổ 5". Days use dayjs
// numbering (0 = Chủ nhật). A place is written only when it differs from the team's meeting place.

const WEEK_ORDER = [1, 2, 3, 4, 5, 6, 0];
const DAY_NAMES = ["Chủ nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"];
const plain = (text: string) =>
  text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/gi, "d").toLowerCase().replace(/\s+/g, " ").trim();
const DAY_WORDS = new Map<string, number>([
  ["hai", 1], ["2", 1], ["ba", 2], ["3", 2], ["tu", 3], ["4", 3], ["nam", 4], ["5", 4], ["sau", 5], ["6", 5], ["bay", 6], ["7", 6],
]);
const EVERY_DAY = new Set(["hang ngay", "moi ngay", "ca tuan"]);

function dayOf(word: string): number | undefined {
  const text = plain(word);
  if (text === "cn" || text === "chu nhat") return 0;
  // A weekday needs its "Thứ"/"T": "Hai" alone could be anything.
  const rest = text.replace(/^(thu|t)\s*/, "");
  return rest === text ? undefined : DAY_WORDS.get(rest);
}

function daysOf(text: string): number[] | undefined {
  if (EVERY_DAY.has(plain(text))) return [...WEEK_ORDER];
  const days = new Set<number>();
  for (const piece of text.split(/,|\bvà\b|\bva\b/).map((p) => p.trim()).filter(Boolean)) {
    const range = piece.split(/\s*(?:–|—|-|\bđến\b|\bden\b)\s*/);
    if (range.length === 1) {
      const day = dayOf(piece);
      if (day === undefined) return undefined;
      days.add(day);
    } else if (range.length === 2) {
      const from = dayOf(range[0] ?? "");
      const to = dayOf(range[1] ?? "");
      if (from === undefined || to === undefined) return undefined;
      const a = WEEK_ORDER.indexOf(from);
      const b = WEEK_ORDER.indexOf(to);
      if (b < a) return undefined;
      for (const d of WEEK_ORDER.slice(a, b + 1)) days.add(d);
    } else return undefined;
  }
  return days.size ? WEEK_ORDER.filter((d) => days.has(d)) : undefined;
}

const TIME = String.raw`(\d{1,2})(?:\s*(?::|h|g|giờ)\s*(\d{2})?)?`;
const SESSION = new RegExp(String.raw`^(.+?)\s*,?\s+(?:từ\s+)?${TIME}\s*(?:–|—|-|đến)\s*${TIME}(?:\s+tại\s+(.+))?$`, "i");

const clock = (h: string | undefined, m: string | undefined) => {
  const hour = Number(h);
  const minute = Number(m ?? "0");
  return hour <= 23 && minute <= 59 ? `${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}` : undefined;
};

export type SessionsParse = { sessions: SupportSession[] } | { problem: string };

/** Sessions separated by ";" or line breaks; an empty cell is no session. */
export function parseSessions(text: string, meetingPlace: string | null): SessionsParse {
  const sessions: SupportSession[] = [];
  for (const part of text.split(/[;\n]/).map((p) => p.trim()).filter(Boolean)) {
    const match = SESSION.exec(part);
    const days = match ? daysOf(match[1] ?? "") : undefined;
    const start = match ? clock(match[2], match[3]) : undefined;
    const end = match ? clock(match[4], match[5]) : undefined;
    if (!match || !days || !start || !end) {
      return { problem: `Không hiểu lịch "${part}". Hãy ghi ngày rồi giờ, ví dụ "Thứ Bảy 8:00–11:00; Chủ nhật 14:00–16:00".` };
    }
    if (end <= start) return { problem: `Lịch "${part}": giờ kết thúc phải sau giờ bắt đầu.` };
    const place = match[6]?.trim() || meetingPlace || "";
    if (place.length > 200) return { problem: `Lịch "${part}": nơi hỗ trợ dài quá 200 ký tự.` };
    sessions.push({ days, start, end, place });
  }
  if (sessions.length > 14) return { problem: "Nhiều hơn 14 buổi mỗi tuần; hãy gộp các buổi cùng giờ (ví dụ Thứ Hai–Thứ Sáu 7:30–9:00)." };
  return { sessions };
}

const shortClock = (time: string) => time.replace(/^0(\d)/, "$1");

function daysText(days: number[]): string {
  const ordered = WEEK_ORDER.filter((d) => days.includes(d));
  const runs: number[][] = [];
  for (const day of ordered) {
    const last = runs.at(-1);
    if (last && WEEK_ORDER.indexOf(day) === WEEK_ORDER.indexOf(last.at(-1) ?? -1) + 1) last.push(day);
    else runs.push([day]);
  }
  return runs
    .map((run) => (run.length >= 3 ? `${DAY_NAMES[run[0] ?? 0]}–${DAY_NAMES[run.at(-1) ?? 0]}` : run.map((d) => DAY_NAMES[d]).join(", ")))
    .join(", ");
}

/** The text parseSessions reads back to the same sessions. */
export function sessionsText(sessions: SupportSession[], meetingPlace: string | null): string {
  return sessions
    .map((s) => `${daysText(s.days)} ${shortClock(s.start)}–${shortClock(s.end)}${s.place && s.place !== (meetingPlace ?? "") ? ` tại ${s.place}` : ""}`)
    .join("; ");
}
