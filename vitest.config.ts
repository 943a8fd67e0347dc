import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // Most of the suite's time is waiting (servers starting, Gong's 3 requests a second), not CPU: three files
    // at a time on these 2-CPU machines, more and the module imports fight for the CPUs. Modules are loaded
    // once per worker rather than once per file (no isolation): no test relies on a fresh module, and it
    // saves about 90 s of imports. Measured: 273 s serial and isolated, 101 s like this.
    maxWorkers: 3,
    isolate: false,
  },
});
