import { ApiError, notFound } from "../lib/api-error";
import type { ManagedGuide } from "../../shared/schemas/content-admin";
import type { GuideContent } from "../../shared/schemas/guide";
import { findManagedGuide, updateGuide } from "../repositories/guide-admin";
import { versionedChange, type Actor, type ServiceContext } from "./versioned-change";

/** Guides every ward shows: changed by the national role only, audited where that role sees it (ward null). */
export function putGuide(ctx: ServiceContext, slug: string, version: number, content: GuideContent, actor: Actor): Promise<ManagedGuide> {
  if (content.slug !== slug) throw new ApiError(422, "SLUG_MISMATCH", "Mã (slug) trong nội dung phải trùng với đường dẫn.");
  const stepCount = content.steps.length;
  if (content.troubleshooting.some((t) => t.step !== undefined && t.step > stepCount)) {
    throw new ApiError(422, "BAD_STEP", `Một mục "gặp trục trặc" trỏ tới bước không có (hướng dẫn chỉ có ${stepCount} bước).`);
  }
  return versionedChange<ManagedGuide>(ctx, actor, {
    entity: "guide",
    entityId: slug,
    label: "Hướng dẫn này",
    expectedVersion: version,
    read: async (tx) => {
      const found = await findManagedGuide(tx, slug);
      return found ? { version: found.version, value: found } : null;
    },
    write: async (tx, current, now) => {
      if (!current) throw notFound(`Hướng dẫn "${slug}"`);
      await updateGuide(tx, content, now);
    },
    wards: () => [null],
  }).catch((error: unknown) => {
    if (error instanceof ApiError && error.code === "STALE_VERSION" && error.details.currentVersion === null) throw notFound(`Hướng dẫn "${slug}"`);
    throw error;
  });
}
