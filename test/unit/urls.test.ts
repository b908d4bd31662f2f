import { expect, test } from 'vitest';
import { resolveHref } from '../../src/lib/urls';

test.each([
  ['../traffic-ramp/#five-steps', '/team-and-roles/', '/traffic-ramp/#five-steps'],
  ['../traffic-ramp/', '/en/team-and-roles/', '/en/traffic-ramp/'],
  ['../../staffing-by-revenue/#tiers', '/en/calculators/staffing/', '/en/staffing-by-revenue/#tiers'],
  ['./sources/', '/en/', '/en/sources/'],
  ['./sources/', '/yunying/en/', '/yunying/en/sources/'],
  ['#tiers', '/staffing-by-revenue/', '#tiers'],
  ['/already/absolute/', '/x/', '/already/absolute/'],
  ['https://example.org/', '/x/', 'https://example.org/'],
])('resolveHref(%s) on %s is %s', (href, page, expected) => {
  expect(resolveHref(href, page)).toBe(expected);
});
