import { ApiError, notFound } from "../lib/api-error";
import type { ManagedArea, ManagedProcedure, ManagedTeam, TeamPatch, WardProcedureLocal } from "../../shared/schemas/content-admin";
import { checkedStreets } from "../../shared/area-streets";
import { listManagedAreas, upsertArea, wardOfArea } from "../repositories/area-admin";
import { listManagedTeams, replaceMembers, teamInWard, updateTeamColumns } from "../repositories/team-admin";
import { findManagedProcedure, officeInWard, upsertWardProcedure } from "../repositories/ward-procedure-admin";
import { versionedChange, type Actor, type ServiceContext } from "./versioned-change";

// A ward's own content: its part of each procedure, its teams, its residential areas. Each change
// goes through the one versioned write path and is audited in that ward.

/** Where to file it here, a local note, popularity, hidden. The first save of a ward's part has no version. */
export async function putWardProcedure(ctx: ServiceContext, ward: string, slug: string, input: WardProcedureLocal & { version?: number | undefined }, actor: Actor): Promise<ManagedProcedure> {
  if (!(await findManagedProcedure(ctx.db, ward, slug))) throw notFound(`Thủ tục "${slug}"`);
  return versionedChange<ManagedProcedure>(ctx, actor, {
    entity: "ward-procedure",
    entityId: `${ward}/${slug}`,
    label: "Phần của phường cho thủ tục này",
    expectedVersion: input.version ?? null,
    read: async (tx) => {
      const found = await findManagedProcedure(tx, ward, slug);
      return found?.version ? { version: found.version, value: found } : null;
    },
    write: async (tx, _current, now) => {
      if (input.officeId && !(await officeInWard(tx, ward, input.officeId))) {
        throw new ApiError(422, "UNKNOWN_OFFICE", `Phường không có văn phòng "${input.officeId}". Hãy chọn một văn phòng trong danh sách.`);
      }
      await upsertWardProcedure(tx, ward, slug, { officeId: input.officeId, note: input.note, popularRank: input.popularRank, hidden: input.hidden }, now);
    },
    action: "update",
    wards: () => [ward],
  });
}

/** Team details and its member list (replaced whole, with each member's consent to show the phone). */
export function updateTeam(ctx: ServiceContext, ward: string, id: string, patch: TeamPatch, actor: Actor): Promise<ManagedTeam> {
  return versionedChange<ManagedTeam>(ctx, actor, {
    entity: "team",
    entityId: `${ward}/${id}`,
    label: "Tổ này",
    expectedVersion: patch.version,
    read: async (tx) => {
      const [team] = await listManagedTeams(tx, ward, id);
      return team ? { version: team.version, value: team } : null;
    },
    write: async (tx, current, now) => {
      if (!current) throw notFound(`Tổ công nghệ số "${id}"`);
      const { members, version: _version, ...columns } = patch;
      await updateTeamColumns(tx, ward, id, columns, now);
      if (members) await replaceMembers(tx, id, members);
    },
    wards: () => [ward],
  }).catch((error: unknown) => {
    if (error instanceof ApiError && error.code === "STALE_VERSION" && error.details.currentVersion === null) throw notFound(`Tổ công nghệ số "${id}"`);
    throw error;
  });
}

/** Creates (version absent) or edits an area, including which team covers it (one team per area). */
export function putArea(ctx: ServiceContext, ward: string, input: ManagedArea, actor: Actor): Promise<ManagedArea> {
  const checked = checkedStreets(input.streets);
  if (checked.problem !== null) throw new ApiError(422, "INVALID_STREETS", `${checked.problem} (Too many or too long streets.)`);
  const area = { ...input, streets: checked.streets };
  return versionedChange<ManagedArea>(ctx, actor, {
    // Area ids are global, so the lock is too: two wards cannot create the same id at once.
    entity: "area",
    entityId: area.id,
    label: "Tổ dân phố này",
    expectedVersion: area.version ?? null,
    read: async (tx) => {
      const [found] = await listManagedAreas(tx, ward, area.id);
      return found?.version ? { version: found.version, value: found } : null;
    },
    write: async (tx) => {
      const owner = await wardOfArea(tx, area.id);
      if (owner && owner !== ward) throw new ApiError(409, "AREA_ID_TAKEN", `Mã "${area.id}" đã dùng cho một tổ dân phố của phường khác. Hãy chọn mã khác.`);
      if (area.teamId && !(await teamInWard(tx, ward, area.teamId))) throw new ApiError(422, "UNKNOWN_TEAM", `Phường không có tổ công nghệ số "${area.teamId}".`);
      await upsertArea(tx, ward, area);
    },
    wards: () => [ward],
  });
}
