import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import Value from "typebox/value";
import {
  PROCEDURE_FIELDS,
  ProcedureCatalogueFileSchema,
  officialProcedureUrl,
  type ProcedureContent,
} from "../../../../shared/schemas/procedure";

// The national procedure catalogue is data, one JSON file per field (lĩnh vực), so that content
// edits are reviewed as data and the same files can seed every ward's database.
const CATALOGUE_DIR = fileURLToPath(new URL("./procedures/", import.meta.url));

export class ProcedureCatalogueError extends Error {
  override name = "ProcedureCatalogueError";
}

export type ProcedureCatalogueFileRaw = { file: string; data: unknown };

/** Every `*.json` file of the catalogue folder, parsed but not validated, in file-name order. */
export function readProcedureCatalogueFiles(dir: string = CATALOGUE_DIR): ProcedureCatalogueFileRaw[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((file) => {
      const text = readFileSync(join(dir, file), "utf8");
      try {
        return { file, data: JSON.parse(text) as unknown };
      } catch (error) {
        throw new ProcedureCatalogueError(`${file}: not valid JSON (${(error as Error).message})`);
      }
    });
}

/** One line per schema violation, naming the JSON path, so a content editor can find it. */
export function describeCatalogueErrors(file: string, data: unknown): string[] {
  if (Value.Check(ProcedureCatalogueFileSchema, data)) return [];
  return Value.Errors(ProcedureCatalogueFileSchema, data).map((e) => {
    const extra =
      e.keyword === "additionalProperties"
        ? ` (${(e.params as { additionalProperties?: string[] }).additionalProperties?.join(", ") ?? ""})`
        : e.keyword === "required"
          ? ` (${(e.params as { requiredProperties?: string[] }).requiredProperties?.join(", ") ?? ""})`
          : "";
    return `${file} ${e.instancePath || "/"}: ${e.message}${extra}`;
  });
}

const fieldRank = (field: ProcedureContent["field"]): number => PROCEDURE_FIELDS.indexOf(field);
const byVietnameseName = new Intl.Collator("vi", { sensitivity: "base" });

/**
 * Reads and validates the whole catalogue. Throws with every problem listed rather than seeding a
 * half-valid catalogue: a wrong fee or a missing caveat is worse than a failed deploy.
 * Sorted by field (in PROCEDURE_FIELDS order, the order residents see) and then by name.
 */
export function loadProcedureCatalogue(dir: string = CATALOGUE_DIR): ProcedureContent[] {
  const problems: string[] = [];
  const procedures: ProcedureContent[] = [];
  for (const { file, data } of readProcedureCatalogueFiles(dir)) {
    if (!Value.Check(ProcedureCatalogueFileSchema, data)) {
      problems.push(...describeCatalogueErrors(file, data));
      continue;
    }
    const expectedField = file.replace(/\.json$/, "");
    for (const procedure of data.procedures) {
      if (procedure.field !== expectedField) {
        problems.push(`${file} ${procedure.slug}: field "${procedure.field}" does not match the file name`);
      }
      // The portal link is derived from the code, never trusted from the file: the portal has
      // changed its address form before, and a stale link in one file would land on an empty page.
      procedures.push({ ...procedure, officialUrl: procedure.code === null ? null : officialProcedureUrl(procedure.code) });
    }
  }
  const seen = new Set<string>();
  for (const { slug } of procedures) {
    if (seen.has(slug)) problems.push(`duplicate slug "${slug}"`);
    seen.add(slug);
  }
  if (problems.length > 0) {
    throw new ProcedureCatalogueError(`Invalid procedure catalogue:\n  ${problems.join("\n  ")}`);
  }
  return procedures.sort(
    (a, b) => fieldRank(a.field) - fieldRank(b.field) || byVietnameseName.compare(a.name, b.name),
  );
}
