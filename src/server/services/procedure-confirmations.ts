import type { FastifyInstance } from "fastify";
import type { Database, Queryable } from "../db/database";
import { ApiError, notFound } from "../lib/api-error";
import { partHash, partStated } from "../lib/confirmation-parts";
import type { Actor } from "../repositories/announcement-writes";
import { writeAudit } from "../repositories/audit";
import { writeWardProcedure } from "../repositories/content-writes";
import { findConfirmations } from "../repositories/procedure-confirmations";
import { officeFor } from "../repositories/procedures";
import type { ProcedureContent } from "../../shared/schemas/procedure";
import { ConfirmationPartLabels, type ConfirmationsPut, type ManagedConfirmations } from "../../shared/schemas/procedure-confirmation";
import type { Ward } from "../../shared/schemas/ward";

const stale = (current: number) =>
  new ApiError(
    409,
    "STALE_VERSION",
    `Xác nhận của thủ tục này vừa được người khác cập nhật (phiên bản ${current}). Hãy tải lại rồi xác nhận tiếp. (Stale version; current version is ${current}.)`,
  );

/** Moves the version on only if it is still the one the clerk saw; false when someone was faster. */
async function claimVersion(tx: Queryable, ward: string, slug: string, seen: number): Promise<boolean> {
  const rows =
    seen === 0
      ? await tx.query(
          `insert into procedure_confirmation_versions (ward_slug, procedure_slug, version) values ($1, $2, 1)
           on conflict (ward_slug, procedure_slug) do nothing returning version`,
          [ward, slug],
        )
      : await tx.query("update procedure_confirmation_versions set version = version + 1 where ward_slug = $1 and procedure_slug = $2 and version = $3 returning version", [
          ward,
          slug,
          seen,
        ]);
  return rows.length === 1;
}

/**
 * The ward confirms parts of a procedure, optionally correcting its own part (office, note) first,
 * all in one transaction with its audit entry. Each confirmation keeps the hash of the text it
 * vouched for, so a later change of that text clears it (lib/confirmation-parts).
 */
export async function confirmProcedureParts(
  app: Pick<FastifyInstance, "clock" | "clearResponseCache">,
  db: Database,
  { ward, slug, input, actor }: { ward: Ward; slug: string; input: ConfirmationsPut; actor: Actor },
): Promise<ManagedConfirmations> {
  const now = app.clock();
  const saved = await db.transaction(async (tx) => {
    const before = await findConfirmations(tx, ward, slug, now);
    if (!before) throw notFound(`Thủ tục "${slug}"`);
    if (!(await claimVersion(tx, ward.slug, slug, input.version))) {
      const [row] = await tx.query<{ version: number }>("select version from procedure_confirmation_versions where ward_slug = $1 and procedure_slug = $2", [ward.slug, slug]);
      throw stale(row?.version ?? 0);
    }
    if (input.corrections) await writeWardProcedure(tx, ward.slug, slug, input.corrections, actor, now);

    // Hash what residents see after the corrections: the national text and the office this ward uses.
    const [current] = await tx.query<{ content: ProcedureContent; office_id: string | null }>(
      "select p.content, wp.office_id from procedures p left join ward_procedures wp on wp.procedure_slug = p.slug and wp.ward_slug = $1 where p.slug = $2",
      [ward.slug, slug],
    );
    if (!current) throw new Error("procedure vanished inside its transaction");
    const officeId = officeFor(current.content, current.office_id, ward.offices)?.id ?? null;
    const unstated = input.parts.filter((part) => !partStated(current.content, part));
    if (unstated.length > 0) {
      throw new ApiError(
        422,
        "PART_NOT_STATED",
        `Danh mục quốc gia chưa ghi ${unstated.map((p) => ConfirmationPartLabels[p].toLowerCase()).join(", ")} của thủ tục này, nên chưa có gì để xác nhận. Hãy bỏ phần đó; cách phường làm thì ghi vào ghi chú của phường. (Not stated in the national catalogue: ${unstated.join(", ")}.)`,
      );
    }
    for (const part of input.parts) {
      await tx.query(
        `insert into procedure_confirmations (ward_slug, procedure_slug, part, confirmed_at, confirmed_by, confirmed_by_login, note, national_hash)
         values ($1, $2, $3, $4, $5, $6, $7, $8)
         on conflict (ward_slug, procedure_slug, part) do update
           set confirmed_at = $4, confirmed_by = $5, confirmed_by_login = $6, note = $7, national_hash = $8`,
        [ward.slug, slug, part, now, actor.id, actor.login, input.note?.trim() || null, partHash(current.content, part, officeId)],
      );
    }
    const after = await findConfirmations(tx, ward, slug, now);
    if (!after) throw new Error("procedure vanished inside its transaction");
    await writeAudit(tx, { ward: ward.slug, staff: actor, action: "confirm", entity: "procedure-confirmation", entityId: slug, before, after, at: now });
    return after;
  });
  app.clearResponseCache();
  return saved;
}
