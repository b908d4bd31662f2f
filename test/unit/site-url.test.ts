/**
 * SITE_URL (src/integrations/site-url.ts): a production build without it warns loudly instead of
 * silently printing 127.0.0.1 on every handout (issue 15); npm start passes the local address
 * explicitly; a SITE_URL that is not an absolute http(s) address fails with a clear message.
 */
import { describe, expect, test } from 'vitest';
import { LOCAL_SITE, chooseSite, missingSiteWarning, siteUrlIntegration } from '../../src/integrations/site-url';

function runSetup(command: 'build' | 'dev' | 'preview', env: Record<string, string | undefined>, argv: string[] = []) {
  const warnings: string[] = [];
  const integration = siteUrlIntegration(chooseSite(env, argv));
  const setup = integration.hooks['astro:config:setup'] as (o: object) => void;
  setup({ command, logger: { warn: (m: string) => warnings.push(m) } });
  return warnings;
}

describe('SITE_URL', () => {
  test('a build without SITE_URL falls back to the local address and warns, naming the fix', () => {
    expect(chooseSite({}, ['astro', 'build'])).toEqual({ site: LOCAL_SITE, explicit: false });
    const warnings = runSetup('build', {}, ['astro', 'build']);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('SITE_URL is not set');
    expect(warnings[0]).toContain('127.0.0.1:4321');
    expect(warnings[0]).toContain('SITE_URL=https://');
  });

  test('SITE_URL set, or the address given with --site (npm start), builds without a warning', () => {
    expect(chooseSite({ SITE_URL: 'https://playbooks.example.com' }, [])).toEqual({ site: 'https://playbooks.example.com', explicit: true });
    expect(runSetup('build', { SITE_URL: 'https://playbooks.example.com' })).toEqual([]);
    expect(runSetup('build', {}, ['astro', 'build', '--site', LOCAL_SITE])).toEqual([]);
    expect(runSetup('build', {}, ['astro', 'build', `--site=${LOCAL_SITE}`])).toEqual([]);
  });

  test('dev and preview never warn: they serve locally on purpose', () => {
    expect(runSetup('dev', {})).toEqual([]);
    expect(runSetup('preview', {})).toEqual([]);
  });

  test.each(['playbooks.example.com', 'ftp://example.com', '/yunying/'])('SITE_URL=%s fails with a clear message', (value) => {
    expect(() => chooseSite({ SITE_URL: value }, [])).toThrow(/SITE_URL must be an absolute http\(s\) address/);
  });

  test('an empty SITE_URL counts as unset', () => {
    expect(chooseSite({ SITE_URL: '  ' }, [])).toEqual({ site: LOCAL_SITE, explicit: false });
  });

  test('the warning is a banner, not one line lost in the build log', () => {
    const lines = missingSiteWarning(LOCAL_SITE).split('\n');
    expect(lines[0]).toMatch(/^!{40,}$/);
    expect(lines.at(-1)).toMatch(/^!{40,}$/);
  });
});
