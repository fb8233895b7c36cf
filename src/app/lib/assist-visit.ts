import { useSyncExternalStore } from "react";
import { DEVICE_KEYS } from "./device-store/keys";
import { deviceStorage, observeDeviceWrites } from "./device-store/store";
import { storedName } from "./device-store/stored-key";

/**
 * Assist mode as one visit: a team member turns it on while helping a resident on the resident's
 * own phone, and "Kết thúc, trả máy" puts back what the visit changed. Before the visit first
 * changes a kept key (a guide's progress, a checklist…), its value is noted; ending the visit
 * writes those values back (or removes keys the visit created). The resident's own settings and
 * anything the app downloaded are never noted, so they stay as they are.
 */
export const VISIT_KEY = storedName(DEVICE_KEYS.assistVisit, undefined);

/** What a visit can leave on the phone, by storage key, with the words the confirmation uses. */
export const VISIT_KINDS = [
  { matches: (k: string) => k.startsWith("guide-progress:"), label: (n: number) => `Bước đã làm trong ${n} hướng dẫn` },
  { matches: (k: string) => k.startsWith("checklist-case:"), label: (n: number) => `Trường hợp đã chọn ở ${n} thủ tục` },
  { matches: (k: string) => k.startsWith("checklist:"), label: (n: number) => `Giấy tờ đã đánh dấu ở ${n} thủ tục` },
  { matches: (k: string) => k === "saved-procedures", label: () => "Thay đổi trong danh sách thủ tục đã lưu" },
  { matches: (k: string) => k.startsWith("helpful:"), label: (n: number) => `${n} câu trả lời “Thông tin này có giúp ích?”` },
] as const;

/** Said before clearing, so nobody fears losing them. */
export const KEPT_ON_PHONE = "cỡ chữ, tổ dân phố đã chọn, thông báo và hướng dẫn đã tải về, và mọi thứ có từ trước lần hỗ trợ này";

export type Visit = {
  startedAt: string;
  /** Each key the visit changed, with its value before the visit (null: it did not exist). */
  before: Record<string, unknown>;
};

const isVisitKey = (key: string) => VISIT_KINDS.some((kind) => kind.matches(key));

let current: Visit | null = null;
let loaded: Promise<void> | null = null;
/** Notes under way, so two quick writes of one key both wait for the value before the first. */
const noting = new Map<string, Promise<void>>();
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((listener) => listener());

function isVisit(value: unknown): value is Visit {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Partial<Visit>;
  return typeof v.startedAt === "string" && typeof v.before === "object" && v.before !== null;
}

async function noteBefore(key: string, valueNow: () => Promise<unknown>): Promise<void> {
  if (loaded) await loaded;
  const visit = current;
  if (!visit || !isVisitKey(key)) return;
  const pending = noting.get(key);
  if (pending) return pending;
  if (Object.prototype.hasOwnProperty.call(visit.before, key)) return;
  const note = (async () => {
    visit.before[key] = (await valueNow()) ?? null;
    if (current === visit) await deviceStorage.setItem(VISIT_KEY, visit);
  })();
  noting.set(key, note);
  return note;
}

/** Called once at start: a visit survives the app being closed and opened again. */
export function restoreVisit(): Promise<void> {
  observeDeviceWrites(noteBefore);
  loaded ??= deviceStorage.getItem<unknown>(VISIT_KEY).then((saved) => {
    current = isVisit(saved) ? saved : null;
    notify();
  });
  return loaded;
}

export function activeVisit(): Visit | null {
  return current;
}

export async function startVisit(now: Date = new Date()): Promise<void> {
  await restoreVisit();
  if (current) return;
  current = { startedAt: now.toISOString(), before: {} };
  noting.clear();
  await deviceStorage.setItem(VISIT_KEY, current);
  notify();
}

/** What ending the visit will put back, by kind, for the confirmation ("Sẽ xóa: …"). */
export function visitChanges(visit: Visit | null = current): string[] {
  if (!visit) return [];
  const keys = Object.keys(visit.before);
  return VISIT_KINDS.map((kind) => ({ kind, count: keys.filter(kind.matches).length }))
    .filter(({ count }) => count > 0)
    .map(({ kind, count }) => kind.label(count));
}

/** "Kết thúc, trả máy": every key the visit changed gets its value from before the visit back. */
export async function endVisit(): Promise<void> {
  await restoreVisit();
  const visit = current;
  if (!visit) return;
  await Promise.all(noting.values());
  current = null; // from here on writes are the resident's again, and are not noted
  noting.clear();
  for (const [key, value] of Object.entries(visit.before)) {
    if (value === null) await deviceStorage.removeItem(key);
    else await deviceStorage.setItem(key, value);
  }
  await deviceStorage.removeItem(VISIT_KEY);
  notify();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The visit under way, or null; screens re-render when it starts or ends. */
export function useVisit(): Visit | null {
  return useSyncExternalStore(subscribe, activeVisit, activeVisit);
}

/** FOR TESTS ONLY: forgets what this module holds in memory, as a reload of the app would. */
export function __forgetVisitForTests(): void {
  current = null;
  loaded = null;
  noting.clear();
}
