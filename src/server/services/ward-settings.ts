import { ApiError } from "../lib/api-error";
import type { Ward } from "../../shared/schemas/ward";
import type { WardPatch } from "../../shared/schemas/ward-admin";
import { replaceOffices, updateWardColumns } from "../repositories/ward-settings";
import { findWard } from "../repositories/wards";
import { checkedCityChannel, checkedOaId, checkHolidays, checkHours } from "./ward-fields";
import { versionedChange, type Actor, type ServiceContext } from "./versioned-change";

/** Ward settings (name, hotline, branding, offices and hours), versioned and audited like content. */
export function updateWard(ctx: ServiceContext, slug: string, patch: WardPatch, actor: Actor): Promise<Ward> {
  if (patch.offices && new Set(patch.offices.map((o) => o.id)).size !== patch.offices.length) {
    throw new ApiError(422, "DUPLICATE_OFFICE", "Hai văn phòng trùng mã (id). Mỗi văn phòng cần một mã riêng.");
  }
  for (const office of patch.offices ?? []) checkHours(office.name, office.hours);
  if (patch.holidays) checkHolidays(patch.holidays);
  // Checked before the transaction: a bad value changes nothing.
  const cityChannel = patch.cityChannel === undefined ? undefined : checkedCityChannel(patch.cityChannel);
  const zaloOaId = patch.zaloOaId === undefined ? undefined : checkedOaId(patch.zaloOaId);
  return versionedChange<Ward>(ctx, actor, {
    entity: "ward",
    entityId: slug,
    label: "Cài đặt của phường",
    expectedVersion: patch.version,
    read: async (tx) => {
      const ward = await findWard(tx, slug);
      return ward ? { version: ward.version, value: ward } : null;
    },
    write: async (tx, current, now) => {
      const set: Record<string, unknown> = {};
      if (patch.name !== undefined) set.name = patch.name;
      if (patch.province !== undefined) set.province = patch.province;
      if (patch.hotline !== undefined) set.hotline = patch.hotline;
      if (zaloOaId !== undefined) set.zalo_oa_id = zaloOaId;
      if (cityChannel !== undefined) set.city_channel = cityChannel === null ? null : JSON.stringify(cityChannel);
      if (patch.branding !== undefined) set.branding = JSON.stringify(patch.branding);
      if (patch.formerUnits !== undefined) set.former_units = JSON.stringify(patch.formerUnits);
      if (patch.holidays !== undefined) set.holidays = JSON.stringify(patch.holidays);
      // The moment the period changed is kept: confirmations that lapse because of it must reach offline copies.
      if (patch.reviewPeriodDays !== undefined && patch.reviewPeriodDays !== current?.reviewPeriodDays) {
        set.review_period_days = patch.reviewPeriodDays;
        set.review_period_set_at = now;
      }
      await updateWardColumns(tx, slug, set, now);
      if (patch.offices !== undefined) await replaceOffices(tx, slug, patch.offices);
    },
    wards: () => [slug],
  });
}
