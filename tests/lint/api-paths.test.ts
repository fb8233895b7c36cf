import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

// Issue 14: the app and the console reach the server only through the contracts in src/shared/api,
// so no API path is written by hand in them. Two checks, both on product code (not *.test.* files):
//  - a call to an HTTP client (http.get/post/…, axios.*, getJson, fetch) whose URL is a string or
//    template literal: with contracts, the URL always comes from one;
//  - a literal starting with a prefix only the API uses (/wards/…, /manage/…, /auth/…, /markdown/…,
//    /api/…). Screen paths like "/procedures/:slug" or "/guides/…" are the router's and never start so.

const ROOT = new URL("../../", import.meta.url).pathname;
const DIRS = ["src/app", "src/console"];

const CLIENT_CALL_WITH_LITERAL = /\b(?:http|axios|client)\s*\.\s*(?:get|post|put|patch|delete|head|request)\s*(?:<[^>()]*>)?\(\s*["'`]|\b(?:getJson|fetch)\s*(?:<[^>()]*>)?\(\s*["'`]/g;
// The base "/api/v1" on its own, or joined to a contract's URL (`/api/v1${urlOf(…)}`), is not a path.
const API_ONLY_PREFIX = /["'`](?:\/api\/(?!v1(?:["'`]|\$\{))|\/wards\/|\/manage\/|\/auth\/|\/markdown\/)/g;

/** Each hand-written API path in a file's text, as "line: text". */
export function handWrittenApiPaths(text: string): string[] {
  const found: string[] = [];
  text.split("\n").forEach((line, i) => {
    if (/^\s*(?:\/\/|\*|\/\*)/.test(line)) return; // comments may name a route
    if (line.match(CLIENT_CALL_WITH_LITERAL) || line.match(API_ONLY_PREFIX)) found.push(`${i + 1}: ${line.trim()}`);
  });
  return found;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe("API paths come from src/shared/api contracts", () => {
  it("finds the hand-written paths it is meant to find, and not the router's own paths", () => {
    for (const wrong of [
      'http.get("/wards/x/guides")',
      "const r = await http.get<GuideList>(`/wards/${ward}/guides`);",
      'http.post("/staff", body)',
      "getJson<Ward>(`/wards/${encodeURIComponent(ward)}`)",
      'await axios.put(`/guides/${slug}`, editing)',
      'fetch("/api/v1/wards")',
      'const url = "/manage/audit";',
      "<img src={`/api/v1/wards/${ward}/manage/requests/${code}/photos/1`} />",
    ]) {
      expect(handWrittenApiPaths(wrong), wrong).toHaveLength(1);
    }
    for (const right of [
      '<Route path="/procedures/:slug" element={page} />',
      "<Link to={`/guides/${g.slug}`}>",
      'navigate("/procedures/saved")',
      "read(guideContracts.list, { params: { ward }, query: { topic } })",
      "call(staffContracts.create, { body })",
      "http.get<ArrayBuffer>(file.url, { responseType: \"arraybuffer\" })",
      "// GET /wards/:ward/guides is the list",
    ]) {
      expect(handWrittenApiPaths(right), right).toEqual([]);
    }
  });

  it("finds none in src/app or src/console", () => {
    const files = DIRS.flatMap(sourceFiles);
    expect(files.length).toBeGreaterThan(50);
    const found = files.flatMap((file) => handWrittenApiPaths(readFileSync(join(ROOT, file), "utf8")).map((hit) => `${relative(ROOT, join(ROOT, file))}:${hit}`));
    expect(found).toEqual([]);
  });
});
