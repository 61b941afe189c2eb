import { defaultServerConditions } from "vite";
import { defineConfig } from "vitest/config";

export default defineConfig({
  // The package's own "ywjy" and "ywjy/sdk" (the reference system imports the public SDK by name) resolve
  // to the TypeScript sources under test, not to the compiled dist/ (package.json's "ywjy-source" condition).
  ssr: { resolve: { conditions: [...defaultServerConditions, "ywjy-source"] } },
  test: {
    include: ["tests/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: "forks",
    // Tests that run bin/ywjy.js run the compiled CLI: build dist/ first when a source is newer.
    globalSetup: ["scripts/build.mjs"],
  },
});
