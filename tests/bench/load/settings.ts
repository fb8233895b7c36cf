// What `npm run bench:load` measures, from the environment so that a quick run is one line:
//   LOAD_DURATION_S=5 LOAD_CONNECTIONS=20 LOAD_SCALING_ROWS=1000,10000 npm run bench:load

export type DatabaseKind = "pglite" | "postgres";
export type Part = "load" | "scaling";

export type LoadSettings = {
  parts: Part[];
  /** Databases the 200-connection mix runs on. */
  loadDatabases: DatabaseKind[];
  connections: number;
  durationS: number;
  /** Share of mix requests that revalidate with If-None-Match, as an app holding a cached copy does. */
  conditionalShare: number;
  scalingDatabases: DatabaseKind[];
  scalingRows: number[];
  scalingConnections: number;
  scalingDurationS: number;
  /** Admin connection used to create and drop the benchmark's own PostgreSQL database. */
  postgresAdminUrl: string;
};

type Limits = { min?: number; max?: number; integer?: boolean };

function checkedNumber(name: string, raw: string, { min = 1, max = Number.MAX_SAFE_INTEGER, integer = true }: Limits = {}): number {
  const value = Number(raw);
  if (!Number.isFinite(value) || value < min || value > max || (integer && !Number.isInteger(value))) {
    throw new Error(`${name}=${JSON.stringify(raw)}: expected ${integer ? "an integer" : "a number"} from ${min} to ${max}`);
  }
  return value;
}

function numberFrom(name: string, fallback: number, limits: Limits = {}): number {
  const raw = process.env[name];
  return raw === undefined || raw === "" ? fallback : checkedNumber(name, raw, limits);
}

function listFrom<T extends string>(name: string, fallback: T[], allowed: readonly T[]): T[] {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const items = raw.split(",").map((s) => s.trim()).filter(Boolean);
  const bad = items.filter((item) => !(allowed as readonly string[]).includes(item));
  if (bad.length > 0) throw new Error(`${name}: unknown ${bad.join(", ")}; expected some of ${allowed.join(", ")}`);
  return items as T[];
}

export function readSettings(): LoadSettings {
  const databases = ["pglite", "postgres"] as const;
  const rows = process.env.LOAD_SCALING_ROWS;
  // Fewer than the 31 real procedures would leave no room for generated ones.
  const scalingRows = rows ? rows.split(",").map((r) => checkedNumber("LOAD_SCALING_ROWS", r.trim(), { min: 100 })) : [1_000, 10_000, 100_000];
  return {
    parts: listFrom("LOAD_PARTS", ["load", "scaling"], ["load", "scaling"] as const),
    loadDatabases: listFrom("LOAD_DATABASES", ["pglite", "postgres"], databases),
    connections: numberFrom("LOAD_CONNECTIONS", 200),
    durationS: numberFrom("LOAD_DURATION_S", 60),
    conditionalShare: numberFrom("LOAD_CONDITIONAL_SHARE", 0.5, { min: 0, max: 1, integer: false }),
    scalingDatabases: listFrom("LOAD_SCALING_DATABASES", ["pglite"], databases),
    scalingRows,
    scalingConnections: numberFrom("LOAD_SCALING_CONNECTIONS", 10),
    scalingDurationS: numberFrom("LOAD_SCALING_DURATION_S", 10),
    postgresAdminUrl: process.env.TEST_DATABASE_URL || "postgres://postgres@127.0.0.1:5432/test",
  };
}
