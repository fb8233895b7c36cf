import { ApiError, notFound } from "../lib/api-error";
import { partHash, partStated } from "../lib/confirmation-parts";
import type { Queryable } from "../db/database";
import { writeAudit } from "../repositories/audit";
import { findConfirmations, procedureForHash, setConfirmationVersion, upsertConfirmation } from "../repositories/procedure-confirmations";
import { officeFor } from "../repositories/procedures";
import { findManagedProcedure, officeInWard, upsertWardProcedure } from "../repositories/ward-procedure-admin";
import type { ConfirmationsPut, ManagedConfirmations } from "../../shared/schemas/procedure-confirmation";
import { ConfirmationPartLabels } from "../../shared/schemas/procedure-confirmation";
import type { Ward } from "../../shared/schemas/ward";
import { staleVersion, versionedChange, type Actor, type ServiceContext } from "./versioned-change";

/**
 * A correction of the ward's own part that comes with a confirmation: the same checks as PUT …/local,
 * inside the confirmation's transaction, so a stale correction confirms nothing.
 */
async function correctWardPart(tx: Queryable, ward: string, slug: string, input: NonNullable<ConfirmationsPut["corrections"]>, actor: Actor, now: Date) {
  const before = await findManagedProcedure(tx, ward, slug);
  if (!before) throw notFound(`Thủ tục "${slug}"`);
  if (before.version !== (input.version ?? null)) throw staleVersion("Phần của phường cho thủ tục này", before.version, input.version ?? null);
  if (input.officeId && !(await officeInWard(tx, ward, input.officeId))) {
    throw new ApiError(422, "UNKNOWN_OFFICE", `Phường không có văn phòng "${input.officeId}". Hãy chọn một văn phòng trong danh sách.`);
  }
  await upsertWardProcedure(tx, ward, slug, { officeId: input.officeId, note: input.note, popularRank: input.popularRank, hidden: input.hidden }, now);
  const after = await findManagedProcedure(tx, ward, slug);
  await writeAudit(tx, { ward, staff: actor, action: "update", entity: "ward-procedure", entityId: `${ward}/${slug}`, before, after, at: now });
}

/**
 * The ward confirms parts of a procedure, optionally correcting its own part (office, note) first,
 * through the one versioned write path: one transaction, version check, audit in the ward, caches
 * cleared. Each confirmation keeps the hash of the text it vouched for, so a later change of that
 * text clears it (lib/confirmation-parts). Version 0 means "never confirmed".
 */
export async function confirmProcedureParts(
  ctx: ServiceContext,
  { ward, slug, input, actor }: { ward: Ward; slug: string; input: ConfirmationsPut; actor: Actor },
): Promise<ManagedConfirmations> {
  if (!(await findConfirmations(ctx.db, ward, slug, ctx.clock()))) throw notFound(`Thủ tục "${slug}"`);
  return versionedChange<ManagedConfirmations>(ctx, actor, {
    entity: "procedure-confirmation",
    entityId: `${ward.slug}/${slug}`,
    label: "Xác nhận của thủ tục này",
    // Version 0 is a real state (nothing confirmed yet), so the audit's "before" shows every part as it was.
    expectedVersion: input.version,
    read: async (tx) => {
      const found = await findConfirmations(tx, ward, slug, ctx.clock());
      return found ? { version: found.version, value: found } : null;
    },
    write: async (tx, current, now) => {
      await setConfirmationVersion(tx, ward.slug, slug, (current?.version ?? 0) + 1);
      if (input.corrections) await correctWardPart(tx, ward.slug, slug, input.corrections, actor, now);
      // Hash what residents see after the corrections: the national text and the office this ward uses.
      const procedure = await procedureForHash(tx, ward.slug, slug);
      if (!procedure) throw new Error("procedure vanished inside its transaction");
      const officeId = officeFor(procedure.content, procedure.officeId, ward.offices)?.id ?? null;
      const unstated = input.parts.filter((part) => !partStated(procedure.content, part));
      if (unstated.length > 0) {
        throw new ApiError(
          422,
          "PART_NOT_STATED",
          `Danh mục quốc gia chưa ghi ${unstated.map((p) => ConfirmationPartLabels[p].toLowerCase()).join(", ")} của thủ tục này, nên chưa có gì để xác nhận. Hãy bỏ phần đó; cách phường làm thì ghi vào ghi chú của phường. (Not stated in the national catalogue: ${unstated.join(", ")}.)`,
        );
      }
      for (const part of input.parts) {
        await upsertConfirmation(tx, { ward: ward.slug, slug, part, at: now, actor, note: input.note?.trim() || null, hash: partHash(procedure.content, part, officeId) });
      }
    },
    action: "confirm",
    wards: () => [ward.slug],
  });
}
