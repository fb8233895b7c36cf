// @ts-check
import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

// Bare names are matched exactly (as `paths`), so a local "../lib/http" is not mistaken for Node's http.
const NODE_BUILTIN_NAMES = ["fs", "path", "os", "crypto", "child_process", "http", "https", "url", "util", "stream", "buffer"];
const nodeBuiltins = (message) => ({
  pattern: { group: ["node:*"], message },
  paths: NODE_BUILTIN_NAMES.map((name) => ({ name, message })),
});

/** Import rules that keep the architecture's boundaries (see README, Architecture). */
const forbid = (message, patterns) => ({ group: patterns, message });
const APP_ONLY_ZALO_TALKS_TO_SDK = forbid("Only src/app/platform/zalo/ talks to zmp-sdk; use its functions.", ["zmp-sdk", "zmp-sdk/*"]);
const APP_NO_SERVER = forbid("The mini app never imports server or console code.", ["**/server/**", "**/console/**"]);
const APP_RULES = [APP_NO_SERVER, forbid("zmp-ui's snackbar prints its icon font's names as text: use src/app/ui/use-toast.tsx.", ["zmp-ui/useSnackbar"])];
const APP_NO_NODE = "The mini app runs in a webview: no Node built-ins.";
// A folder in src/app/features owns screens. It reads another feature only through its state
// (`<name>-state.ts`, the data it loads); components, pages and API calls used by more than one
// feature live in src/app/ui or src/app/lib. `allowed` names further modules one feature may use.
const featuresApart = (allowed = []) => ({
  regex: `^(\\.\\./(?!\\.)[^/]+/(?![^/]*-state$${allowed.map((name) => `|${name}$`).join("")})|(\\.\\./)+features/)`,
  message: "Features do not import each other (only another feature's *-state.ts): move shared code to src/app/lib or src/app/ui.",
});
const SERVER_NO_UI = forbid("The server never imports UI code.", ["react", "react-*", "recoil", "zmp-*", "axios", "**/app/**", "**/console/**"]);
const boundaries = (groups, builtins) => ({
  "no-restricted-imports": [
    "error",
    { patterns: builtins ? [...groups, builtins.pattern] : groups, paths: builtins ? builtins.paths : [] },
  ],
});

export default tseslint.config(
  { ignores: ["www/", "dist/", "node_modules/", "data/", "tests/.output/", "coverage/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "no-console": ["error", { allow: ["error", "warn"] }],
    },
  },
  {
    files: ["src/app/**/*.{ts,tsx}", "src/console/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: { "react-hooks/rules-of-hooks": "error", "react-hooks/exhaustive-deps": "error" },
  },
  {
    files: ["src/shared/**/*.ts"],
    rules: boundaries(
      [
        forbid("src/shared is used by the app and the server: no React, zmp-* or axios.", ["react", "react-*", "react/*", "recoil", "zmp-*", "axios"]),
        forbid("src/shared must not depend on one side.", ["**/app/**", "**/server/**", "**/console/**"]),
      ],
      nodeBuiltins("src/shared runs in the browser too: no Node built-ins."),
    ),
  },
  {
    files: ["src/shared/**/*.test.ts"],
    rules: { "no-restricted-imports": "off" },
  },
  {
    files: ["src/app/**/*.{ts,tsx}"],
    ignores: ["src/app/**/*.test.{ts,tsx}"],
    rules: boundaries([APP_ONLY_ZALO_TALKS_TO_SDK, ...APP_RULES], nodeBuiltins(APP_NO_NODE)),
  },
  {
    // Tests run in Node: they may start a real local server to talk to.
    files: ["src/app/**/*.test.{ts,tsx}"],
    rules: boundaries([APP_ONLY_ZALO_TALKS_TO_SDK, ...APP_RULES]),
  },
  {
    // The one door to zmp-sdk: every other rule of the app holds here too.
    files: ["src/app/platform/zalo/**/*.ts"],
    ignores: ["src/app/platform/zalo/**/*.test.ts"],
    rules: boundaries(APP_RULES, nodeBuiltins(APP_NO_NODE)),
  },
  {
    files: ["src/app/features/**/*.{ts,tsx}"],
    ignores: ["src/app/features/**/*.test.{ts,tsx}"],
    rules: boundaries([APP_ONLY_ZALO_TALKS_TO_SDK, ...APP_RULES, featuresApart()], nodeBuiltins(APP_NO_NODE)),
  },
  {
    files: ["src/app/features/**/*.test.{ts,tsx}"],
    rules: boundaries([APP_ONLY_ZALO_TALKS_TO_SDK, ...APP_RULES, featuresApart()]),
  },
  {
    // Home shows the latest notices with the announcement feature's own list of them.
    files: ["src/app/features/home/**/*.{ts,tsx}"],
    rules: boundaries([APP_ONLY_ZALO_TALKS_TO_SDK, ...APP_RULES, featuresApart(["latest-announcements"])], nodeBuiltins(APP_NO_NODE)),
  },
  {
    // Its snackbar wrapper reads zmp-ui's own useSnackbar, which the rest of the app must not.
    files: ["src/app/ui/use-toast.tsx"],
    rules: boundaries([APP_ONLY_ZALO_TALKS_TO_SDK, APP_NO_SERVER], nodeBuiltins(APP_NO_NODE)),
  },
  {
    files: ["src/console/**/*.{ts,tsx}"],
    rules: boundaries(
      [
        forbid("The console is a plain web app: no zmp-* (Zalo only).", ["zmp-*"]),
        forbid("The console never imports mini-app or server code.", ["**/app/**", "**/server/**"]),
      ],
      nodeBuiltins("The console runs in a browser: no Node built-ins."),
    ),
  },
  {
    files: ["src/server/**/*.ts"],
    rules: boundaries([SERVER_NO_UI]),
  },
  // Layers of the server: routes (HTTP) → services (transactions, versions, audit, caches) →
  // repositories (SQL only). A route never opens a transaction or writes an audit entry itself.
  {
    files: ["src/server/repositories/**/*.ts"],
    rules: boundaries([
      SERVER_NO_UI,
      forbid("Repositories are SQL only: no Fastify, no services, routes or plugins.", ["fastify", "@fastify/*", "**/services/**", "**/routes/**", "**/plugins/**"]),
    ]),
  },
  {
    files: ["src/server/services/**/*.ts"],
    rules: boundaries([
      SERVER_NO_UI,
      forbid("Services know nothing of HTTP: no Fastify, routes or plugins (routes pass what services need).", ["fastify", "@fastify/*", "**/routes/**", "**/plugins/**"]),
    ]),
  },
  {
    files: ["src/server/routes/**/*.ts"],
    rules: {
      ...boundaries([SERVER_NO_UI]),
      "no-restricted-imports": [
        "error",
        {
          patterns: [SERVER_NO_UI],
          paths: [{ name: "../repositories/audit", importNames: ["writeAudit"], message: "Routes do not write audit entries: a state change goes through a service (src/server/services/versioned-change.ts)." }],
        },
      ],
      "no-restricted-syntax": [
        "error",
        { selector: "MemberExpression[property.name='transaction']", message: "Routes do not open transactions: a state change goes through a service (src/server/services/versioned-change.ts)." },
        // A route runs no SQL: it calls a service or a repository, and takes only types from src/server/db.
        { selector: "CallExpression[callee.property.name='query']", message: "Routes do not run SQL: put the query in a repository (src/server/repositories/) and call it." },
        { selector: "ImportDeclaration[importKind!='type'][source.value=/(^|\\/)db\\//]", message: "Routes do not run SQL: only types come from src/server/db; queries live in src/server/repositories/." },
      ],
    },
  },
);
