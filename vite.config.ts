/// <reference types="vitest/config" />
import { fileURLToPath } from "node:url";
import { defineConfig, type Plugin, type UserConfig } from "vite";
import react from "@vitejs/plugin-react";
import zaloMiniApp from "zmp-vite-plugin";

// zmp-ui's stylesheet loads its icon font from Zalo's CDN. The app draws its icons with
// lucide-react, so the font is never needed; dropping the @font-face saves a blocked request
// (our CSP allows fonts only from our own origin) and a console error on every open.
const dropZaloIconFont: Plugin = {
  name: "drop-zalo-icon-font",
  enforce: "pre",
  transform(code, id) {
    if (!id.includes("/zmp-ui/") || !id.endsWith(".css")) return null;
    return { code: code.replace(/@font-face\s*\{[^}]*zaui-icons[^}]*\}/g, ""), map: null };
  },
};

// index.html names the build's ward in its boot-data slot, for the server to fill (lib/boot-data.ts).
const bootSlotWard: Plugin = {
  name: "boot-slot-ward",
  transformIndexHtml: (html) => html.replace("%CDS_WARD%", process.env.VITE_WARD_SLUG ?? "hoa-cuong"),
};

// One config, three jobs:
// - default mode: the mini app, built to www/ exactly as `zmp deploy` uploads it (zmp-vite-plugin);
// - `--mode console`: the staff console, a separate bundle under dist/console that never ships to Zalo;
// - Vitest: the test projects below.
export default defineConfig(({ mode }): UserConfig => {
  const apiProxy = { "/api": { target: `http://127.0.0.1:${process.env.API_PORT ?? "8080"}` } };
  if (mode === "console") {
    return {
      root: "src/console",
      base: "/console/",
      plugins: [react()],
      build: { outDir: "../../dist/console", emptyOutDir: true },
      server: { proxy: apiProxy },
    };
  }
  const testing = process.env.VITEST !== undefined;
  return {
    plugins: testing ? [react()] : [dropZaloIconFont, bootSlotWard, react(), zaloMiniApp()],
    // The phone needs the contracts' paths, not their schemas (see src/app/lib/typebox-stand-in.ts).
    resolve: testing ? {} : { alias: [{ find: /^typebox$/, replacement: fileURLToPath(new URL("./src/app/lib/typebox-stand-in.ts", import.meta.url)) }] },
    build: {
      // Zalo rejects files over 3 MB; the bundle budget itself is checked by `npm run bench`.
      chunkSizeWarningLimit: 600,
    },
    server: { host: "127.0.0.1", port: 3000, proxy: apiProxy },
    preview: { allowedHosts: true },
    test: {
      globals: true,
      reporters: ["default", "./tests/setup/summary-reporter.ts"],
      projects: [
        {
          extends: true,
          test: {
            name: "unit",
            environment: "node",
            include: ["src/shared/**/*.test.ts", "src/server/**/*.test.ts", "tests/lint/**/*.test.ts", "tests/search/**/*.test.ts"],
          },
        },
        {
          extends: true,
          test: {
            name: "ui",
            environment: "jsdom",
            include: ["src/app/**/*.test.{ts,tsx}", "src/console/**/*.test.{ts,tsx}"],
            setupFiles: ["tests/setup/jsdom.ts"],
          },
        },
        {
          extends: true,
          test: {
            name: "api",
            environment: "node",
            include: ["tests/api/**/*.test.ts"],
            env: { API_TEST_DB: "pglite" },
            testTimeout: 30_000,
            hookTimeout: 60_000,
          },
        },
        ...(process.env.TEST_DATABASE_URL
          ? [
              {
                extends: true as const,
                test: {
                  name: "api-postgres",
                  environment: "node",
                  include: ["tests/api/**/*.test.ts"],
                  env: { API_TEST_DB: "postgres" },
                  testTimeout: 30_000,
                  hookTimeout: 60_000,
                },
              },
            ]
          : []),
        {
          extends: true,
          test: {
            name: "browser",
            environment: "node",
            include: ["tests/browser/**/*.test.ts"],
            globalSetup: ["tests/browser/global-setup.ts"],
            testTimeout: 60_000,
            hookTimeout: 180_000,
            // Browser files share one built app and one Chromium; run them one after another.
            poolOptions: { forks: { singleFork: true } },
          },
        },
      ],
    },
  };
});
