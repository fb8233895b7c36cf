import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

// Lints made-up files at real paths with the project's own config: a wrong import must be an error.
// The first lint loads the TypeScript parser and the config: seconds on a busy machine.
const LINT_TIMEOUT_MS = 30_000;
const eslint = new ESLint({ cwd: new URL("../../", import.meta.url).pathname });

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === "no-restricted-imports" || m.ruleId === "no-restricted-syntax").map((m) => m.message);
}

describe("architecture boundaries", () => {
  it.each([
    ["src/shared/x.ts", 'import React from "react";\nexport const x = React;'],
    ["src/shared/x.ts", 'import { readFileSync } from "node:fs";\nexport const x = readFileSync;'],
    ["src/shared/x.ts", 'import fs from "fs";\nexport const x = fs;'],
    ["src/shared/x.ts", 'import axios from "axios";\nexport const x = axios;'],
    ["src/shared/x.ts", 'import { buildApp } from "../server/app";\nexport const x = buildApp;'],
    ["src/app/features/x.ts", 'import { openPhone } from "zmp-sdk/apis";\nexport const x = openPhone;'],
    ["src/app/features/x.ts", 'import { buildApp } from "../../server/app";\nexport const x = buildApp;'],
    ["src/app/features/x.ts", 'import { ConsoleApp } from "../../console/console-app";\nexport const x = ConsoleApp;'],
    ["src/console/x.ts", 'import { App } from "zmp-ui";\nexport const x = App;'],
    ["src/server/x.ts", 'import { HomePage } from "../app/features/home/home-page";\nexport const x = HomePage;'],
    // Features do not import each other: only another feature's state; shared code is in lib or ui.
    ["src/app/features/guides/x.ts", 'import { AnnouncementCard } from "../announcements/announcement-card";\nexport const x = AnnouncementCard;'],
    ["src/app/features/guides/x.ts", 'import { HomePage } from "../../features/home/home-page";\nexport const x = HomePage;'],
    ["src/app/features/guides/x.test.ts", 'import { fetchTeams } from "../teams/teams-api";\nexport const x = fetchTeams;'],
    ["src/app/features/home/x.ts", 'import { fetchTeams } from "../teams/teams-api";\nexport const x = fetchTeams;'],
    // zmp-sdk only behind src/app/platform/zalo/, which keeps every other rule of the app.
    ["src/app/platform/x.ts", 'import { openPhone } from "zmp-sdk/apis";\nexport const x = openPhone;'],
    ["src/app/lib/x.test.ts", 'import { openPhone } from "zmp-sdk/apis";\nexport const x = openPhone;'],
    ["src/app/platform/zalo/x.ts", 'import { readFileSync } from "node:fs";\nexport const x = readFileSync;'],
    ["src/app/platform/zalo/x.ts", 'import { buildApp } from "../../../server/app";\nexport const x = buildApp;'],
    // Server layers: routes → services → repositories.
    ["src/server/repositories/x.ts", 'import type { FastifyInstance } from "fastify";\nexport type X = FastifyInstance;'],
    ["src/server/repositories/x.ts", 'import { updateTeam } from "../services/ward-content";\nexport const x = updateTeam;'],
    ["src/server/services/x.ts", 'import { requireStaff } from "../plugins/auth";\nexport const x = requireStaff;'],
    ["src/server/services/x.ts", 'import type { FastifyRequest } from "fastify";\nexport type X = FastifyRequest;'],
    ["src/server/routes/x.ts", 'import { writeAudit } from "../repositories/audit";\nexport const x = writeAudit;'],
    ["src/server/routes/x.ts", 'import type { Database } from "../db/database";\nexport const x = (db: Database) => db.transaction(async () => 1);'],
    ["src/server/routes/x.ts", 'import { currentMigration } from "../db/migrate";\nexport const x = currentMigration;'],
    ["src/server/routes/x.ts", 'import type { Database } from "../db/database";\nexport const x = (db: Database) => db.query("select 1");'],
  ])("rejects a wrong import in %s", async (filePath, code) => {
    expect(await restrictedImports(filePath, code)).not.toEqual([]);
  }, LINT_TIMEOUT_MS);

  it.each([
    ["src/app/platform/zalo/sdk.ts", 'import { openPhone } from "zmp-sdk/apis";\nexport const x = openPhone;'],
    ["src/app/features/x.ts", 'import { http } from "../../lib/http";\nexport const x = http;'],
    ["src/server/x.ts", 'import { readFileSync } from "node:fs";\nexport const x = readFileSync;'],
    ["src/console/x.ts", 'import type { Ward } from "../shared/schemas/ward";\nexport type X = Ward;'],
    ["src/app/features/search/x.ts", 'import { areasQuery } from "../teams/teams-state";\nexport const x = areasQuery;'],
    ["src/app/features/home/x.ts", 'import { LatestAnnouncements } from "../announcements/latest-announcements";\nexport const x = LatestAnnouncements;'],
    ["src/app/features/search/x.ts", 'import { resultPath } from "./result-path";\nexport const x = resultPath;'],
    ["src/server/routes/x.ts", 'import { updateTeam } from "../services/ward-content";\nexport const x = updateTeam;'],
    ["src/server/routes/x.ts", 'import { listAudit } from "../repositories/audit";\nexport const x = listAudit;'],
    ["src/server/routes/x.ts", 'import type { Database } from "../db/database";\nexport type X = Database;'],
    ["src/server/services/x.ts", 'import { findManaged } from "../repositories/announcement-writes";\nexport const x = findManaged;'],
  ])("allows the right import in %s", async (filePath, code) => {
    expect(await restrictedImports(filePath, code)).toEqual([]);
  }, LINT_TIMEOUT_MS);
});
