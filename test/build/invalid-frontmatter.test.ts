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
    // CI forces colour (FORCE_COLOR), which splits "group: Invalid option" with escape codes.
    env: {
      ...process.env,
      CONTENT_DIR: 'test/fixtures/bad-frontmatter',
      ASTRO_TELEMETRY_DISABLED: '1',
      FORCE_COLOR: '0',
      NO_COLOR: '1',
    },
    encoding: 'utf8',
  });
  // Strip any escape codes a terminal setting still lets through: the assertion is about the words.
  const out = `${r.stdout}${r.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
  expect(r.status).not.toBe(0);
  expect(out).toContain('bad-frontmatter/zh-CN/broken.mdx');
  expect(out).toMatch(/group: Invalid option/);
  expect(out).toContain('sources.0.part: seed 002 has no part "篇十一"');
});
