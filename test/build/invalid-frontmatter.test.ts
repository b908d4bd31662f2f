/**
 * Broken frontmatter must stop the build with a message that names the file and the field, so a
 * writer can fix it without reading a stack trace. Runs `astro sync` on a fixture tree.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, test } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

test('a page with an unknown group and a non-existent part fails, naming file and fields', () => {
  const r = spawnSync(join(root, 'node_modules', '.bin', 'astro'), ['sync'], {
    cwd: root,
    env: { ...process.env, CONTENT_DIR: 'test/fixtures/bad-frontmatter', ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  });
  const out = `${r.stdout}${r.stderr}`;
  expect(r.status).not.toBe(0);
  expect(out).toContain('bad-frontmatter/zh-CN/broken.mdx');
  expect(out).toMatch(/group: Invalid option/);
  expect(out).toContain('sources.0.part: seed 002 has no part "篇十一"');
});
