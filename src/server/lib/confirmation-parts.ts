import { createHash } from "node:crypto";
import { stringify } from "safe-stable-stringify";
import type { ProcedureContent } from "../../shared/schemas/procedure";
import {
  CONFIRMATION_PARTS,
  type ConfirmationPart,
  type ConfirmationState,
  type ManagedPart,
  type ProcedureConfirmations,
} from "../../shared/schemas/procedure-confirmation";

const DAY_MS = 86_400_000;

/** The text a ward vouches for in each part. "where" is the national handler plus this ward's office. */
type PartSource = Pick<ProcedureContent, "documentCases" | "channels" | "onlineLevel" | "handledBy">;

function partText(p: PartSource, part: ConfirmationPart, officeId: string | null): unknown {
  switch (part) {
    case "documents":
      return p.documentCases;
    case "time":
      return p.channels.map((c) => ({ mode: c.mode, timeLimit: c.timeLimit }));
    case "fee":
      return p.channels.map((c) => ({ mode: c.mode, fee: c.fee }));
    case "online-level":
      return p.onlineLevel;
    case "where":
      return { handledBy: p.handledBy, officeId };
  }
}

/**
 * A hash of one part's text. Keys are sorted first: the same content read back from jsonb (which
 * reorders keys) or from a catalogue file must give the same hash, or every confirmation would
 * look cleared after a restart.
 */
export function partHash(p: PartSource, part: ConfirmationPart, officeId: string | null): string {
  return createHash("sha256").update(stringify(partText(p, part, officeId)) ?? "").digest("base64url");
}

/**
 * Whether the national text states the part at all. An unknown online level or a procedure with no
 * time limit on any channel has nothing to vouch for: a date beside "chưa xác minh" would read as
 * if the ward had checked a level nobody has stated.
 */
export function partStated(p: Pick<ProcedureContent, "channels" | "onlineLevel">, part: ConfirmationPart): boolean {
  if (part === "online-level") return p.onlineLevel !== "unknown";
  if (part === "time") return p.channels.some((c) => c.timeLimit !== null);
  return true;
}

/** A confirmation as stored (migration 0009). */
export type StoredConfirmation = {
  part: ConfirmationPart;
  confirmedAt: Date;
  confirmedBy: string;
  note: string | null;
  hash: string;
};

export type PartStatus = ManagedPart & {
  /** When a confirmation stopped counting, if it has (expiry passed); the app's offline copy must learn of it. */
  lapsedAt: Date | null;
};

/** Each part's state now: confirmed, never confirmed, older than the review period, or its text changed since. */
export function partStatuses(
  content: PartSource,
  officeId: string | null,
  stored: readonly StoredConfirmation[],
  now: Date,
  reviewPeriodDays: number,
): PartStatus[] {
  return CONFIRMATION_PARTS.map((part) => {
    const c = stored.find((s) => s.part === part);
    if (!partStated(content, part)) return { part, state: "not-stated", confirmedAt: null, confirmedBy: null, note: null, dueAt: null, lapsedAt: null };
    if (!c) return { part, state: "unconfirmed", confirmedAt: null, confirmedBy: null, note: null, dueAt: null, lapsedAt: null };
    const due = new Date(c.confirmedAt.getTime() + reviewPeriodDays * DAY_MS);
    let state: ConfirmationState = "confirmed";
    if (c.hash !== partHash(content, part, officeId)) state = "changed";
    else if (due.getTime() <= now.getTime()) state = "expired";
    return {
      part,
      state,
      confirmedAt: c.confirmedAt.toISOString(),
      confirmedBy: c.confirmedBy,
      note: c.note,
      dueAt: due.toISOString(),
      lapsedAt: state === "expired" ? due : null,
    };
  });
}

/** What residents see: the date of each part that holds now, null for every other. */
export function publicConfirmations(statuses: readonly PartStatus[]): ProcedureConfirmations {
  const entry = (part: ConfirmationPart) => {
    const s = statuses.find((x) => x.part === part);
    return { confirmedAt: s?.state === "confirmed" ? s.confirmedAt : null };
  };
  return { documents: entry("documents"), time: entry("time"), fee: entry("fee"), "online-level": entry("online-level"), where: entry("where") };
}

/** The earliest moment a part confirmed now will expire: a copy built now is stale from then on. */
export function nextExpiry(statuses: readonly PartStatus[]): number {
  return Math.min(...statuses.filter((s) => s.state === "confirmed" && s.dueAt).map((s) => Date.parse(s.dueAt ?? "")), Number.POSITIVE_INFINITY);
}

export const dueParts = (statuses: readonly ManagedPart[]): ConfirmationPart[] =>
  statuses.filter((s) => s.state !== "confirmed" && s.state !== "not-stated").map((s) => s.part);
