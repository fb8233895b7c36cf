import type { ProcedureContent } from "../../src/shared/schemas/procedure";
import { seededRandom } from "../support/seeded-random";

const SEED = 20_261_122;

/**
 * `count` procedures for benchmarks: the real ones first, then numbered variants of them with a
 * few words swapped. Seeded, so every run measures the same data. Variants keep the real one's
 * code; a database, where codes are unique, needs `withUniqueCodes`.
 */
export function generateProcedures(real: readonly ProcedureContent[], count: number, seed = SEED): ProcedureContent[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  // A few swaps keep the vocabulary and length of real text while making each variant distinct.
  const shuffleWords = (text: string, swaps: number): string => {
    const words = text.split(" ");
    for (let s = 0; s < swaps; s++) {
      const i = Math.floor(random() * words.length);
      const j = Math.floor(random() * words.length);
      [words[i], words[j]] = [words[j] ?? "", words[i] ?? ""];
    }
    return words.join(" ");
  };
  const qualifiers = ["trường hợp", "mẫu", "đợt", "khu phố", "tổ dân phố", "phương án"];
  return Array.from({ length: count }, (_, i) => {
    const base = real[i % real.length] as ProcedureContent;
    const variant = Math.floor(i / real.length);
    if (variant === 0) return base;
    return {
      ...base,
      slug: `${base.slug}-${variant}`,
      name: `${shuffleWords(base.name, random() < 0.3 ? 1 : 0)} ${pick(qualifiers)} ${variant}`,
      summary: shuffleWords(base.summary, 3),
      steps: [...base.steps].sort(() => random() - 0.5).map((step) => shuffleWords(step, 2)),
    };
  });
}

/**
 * The same procedures with a distinct mã thủ tục for each variant ("9." and six digits, a prefix no
 * real code uses), so that they fit the database's unique code column.
 */
export function withUniqueCodes(procedures: readonly ProcedureContent[], realCount: number): ProcedureContent[] {
  return procedures.map((p, i) => (i < realCount ? p : { ...p, code: `9.${String(i).padStart(6, "0")}` }));
}
