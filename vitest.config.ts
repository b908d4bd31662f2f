/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

/**
 * Three projects, run in this order by `npm test` (see test/run.mjs):
 * - unit: pure TypeScript (calculators, i18n, schemas, content checks) in Node;
 * - components: Preact islands in happy-dom, Astro wrappers through the Container API;
 * - site: assertions on the built `dist/` and browser tests in Debian's Chromium. Files run side by
 *   side (each starts its own static server and browser, so they share nothing); TEST_WORKERS sets
 *   how many at once (default 2: CI has 2 cores, and a browser test waits on the page as much as it
 *   computes).
 */
export default getViteConfig({
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/unit/**/*.test.ts', 'test/content/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: { name: 'components', include: ['test/components/**/*.test.{ts,tsx}'], environment: 'happy-dom' },
      },
      {
        extends: true,
        test: {
          name: 'site',
          include: ['test/build/**/*.test.ts', 'test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 180_000, // hang guards: a shared 2-core machine under load is slow, and speed is the bench's job
          hookTimeout: 300_000,
          fileParallelism: true,
          maxWorkers: Number(process.env.TEST_WORKERS ?? 2),
        },
      },
    ],
  },
});
