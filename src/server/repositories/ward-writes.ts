import type { Database } from "../db/database";
import { ApiError } from "../lib/api-error";
import type { Ward } from "../../shared/schemas/ward";
import type { WardPatch } from "../../shared/schemas/ward-admin";
import { writeAudit } from "./audit";
import { requireWard } from "./wards";
import type { Actor } from "./announcement-writes";

/** Ward settings (name, hotline, branding, offices and hours, holidays), versioned and audited like content. */
export async function updateWard(db: Database, slug: string, patch: WardPatch, actor: Actor, now: Date): Promise<Ward> {
  return db.transaction(async (tx) => {
    const [row] = await tx.query<{ version: number }>("select version from wards where slug = $1 for update", [slug]);
    const before = await requireWard(tx, slug);
    if (!row) throw new Error("ward vanished inside its transaction");
    if (row.version !== patch.version) {
      throw new ApiError(409, "STALE_VERSION", `Cài đặt của phường vừa được người khác sửa (phiên bản ${row.version}). Hãy tải lại rồi sửa tiếp. (Stale version.)`);
    }
    const set: Record<string, unknown> = {};
    if (patch.name !== undefined) set.name = patch.name;
    if (patch.province !== undefined) set.province = patch.province;
    if (patch.hotline !== undefined) set.hotline = patch.hotline;
    if (patch.branding !== undefined) set.branding = JSON.stringify(patch.branding);
    if (patch.formerUnits !== undefined) set.former_units = JSON.stringify(patch.formerUnits);
    if (patch.holidays !== undefined) {
      const dates = patch.holidays.map((h) => h.date);
      if (new Set(dates).size !== dates.length) throw new ApiError(422, "DUPLICATE_HOLIDAY", "Một ngày nghỉ được ghi hai lần. Mỗi ngày chỉ ghi một lần. (Duplicate holiday date.)");
      const invalid = dates.find((d) => Number.isNaN(Date.parse(`${d}T00:00:00Z`)) || new Date(`${d}T00:00:00Z`).toISOString().slice(0, 10) !== d);
      if (invalid) throw new ApiError(422, "INVALID_HOLIDAY", `Ngày ${invalid} không có trên lịch. Hãy sửa lại ngày nghỉ. (Invalid date.)`);
      set.holidays = JSON.stringify(patch.holidays);
    }
    const columns = Object.keys(set);
    await tx.query(
      `update wards set ${columns.map((c, i) => `${c} = $${i + 3}, `).join("")}version = version + 1, updated_at = $2 where slug = $1`,
      [slug, now, ...columns.map((c) => set[c])],
    );
    if (patch.offices !== undefined) {
      const ids = patch.offices.map((o) => o.id);
      if (new Set(ids).size !== ids.length) throw new ApiError(422, "DUPLICATE_OFFICE", "Hai văn phòng trùng mã (id). Mỗi văn phòng cần một mã riêng.");
      const backwards = patch.offices.find((o) => o.hours.some((p) => p.open >= p.close));
      if (backwards) throw new ApiError(422, "INVALID_HOURS", `Giờ mở cửa phải trước giờ đóng cửa (văn phòng "${backwards.name}"). Hãy sửa lại buổi đó. (Opening time must be before closing time.)`);
      await tx.query("delete from ward_offices where ward_slug = $1 and not (id = any($2::text[]))", [slug, ids]);
      for (const [position, o] of patch.offices.entries()) {
        await tx.query(
          `insert into ward_offices (id, ward_slug, kind, name, address, phone, hours, note, position) values ($1, $2, $3, $4, $5, $6, $7, $8, $9)
           on conflict (id) do update set kind = $3, name = $4, address = $5, phone = $6, hours = $7, note = $8, position = $9
           where ward_offices.ward_slug = $2`,
          [o.id, slug, o.kind, o.name, o.address, o.phone, JSON.stringify(o.hours), o.note, position],
        );
      }
    }
    const after = await requireWard(tx, slug);
    await writeAudit(tx, { ward: slug, staff: actor, action: "update", entity: "ward", entityId: slug, before, after, at: now });
    return after;
  });
}
