import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import Value from "typebox/value";
import { GUIDE_TOPICS, GuideContentSchema, type GuideContent } from "../../../../shared/schemas/guide";

// Guides are content kept as one JSON file per guide, named after its slug. The loader fails
// loudly on the first bad catalogue rather than seeding half of it: a guide with a typo in a
// step index would otherwise show troubleshooting at the wrong step to a resident.

const GUIDES_DIR = new URL("./guides/", import.meta.url);

export type GuideFile = { fileName: string; data: unknown };

export class GuideCatalogueError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid guide catalogue:\n  ${problems.join("\n  ")}`);
    this.name = "GuideCatalogueError";
  }
}

/** Every `*.json` file in the guides folder, parsed but not yet checked, in file-name order. */
export function readGuideFiles(): GuideFile[] {
  return readdirSync(fileURLToPath(GUIDES_DIR))
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((fileName) => {
      const text = readFileSync(fileURLToPath(new URL(fileName, GUIDES_DIR)), "utf8");
      try {
        return { fileName, data: JSON.parse(text) as unknown };
      } catch (error) {
        throw new GuideCatalogueError([`${fileName}: not valid JSON (${(error as Error).message})`]);
      }
    });
}

/** Schema errors of one parsed file as "file: /path: message" lines; empty when it is valid. */
export function guideSchemaProblems(file: GuideFile): string[] {
  if (Value.Check(GuideContentSchema, file.data)) return [];
  return [...Value.Errors(GuideContentSchema, file.data)].map(
    (e) => `${file.fileName}: ${e.instancePath === "" ? "(root)" : e.instancePath}: ${e.message}`,
  );
}

const topicRank = (guide: GuideContent): number => GUIDE_TOPICS.indexOf(guide.topic);

/** All guides, checked against the schema, sorted by topic (app order) and then by slug. */
export function loadGuideCatalogue(): GuideContent[] {
  const problems: string[] = [];
  const guides: GuideContent[] = [];
  for (const file of readGuideFiles()) {
    const fileProblems = guideSchemaProblems(file);
    if (fileProblems.length > 0) {
      problems.push(...fileProblems);
      continue;
    }
    const guide = file.data as GuideContent;
    if (`${guide.slug}.json` !== file.fileName) problems.push(`${file.fileName}: slug "${guide.slug}" does not match the file name`);
    const outOfRange = guide.troubleshooting.filter((t) => t.step !== undefined && t.step > guide.steps.length);
    for (const t of outOfRange) problems.push(`${file.fileName}: troubleshooting "${t.problem}" points to step ${t.step} of ${guide.steps.length}`);
    guides.push(guide);
  }
  if (problems.length > 0) throw new GuideCatalogueError(problems);
  return guides.sort((a, b) => topicRank(a) - topicRank(b) || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
}
