import { describe, expect, test } from 'vitest';
import { hoistCalculatorStylesheet } from '../../../src/components/calculators/kit/integration';

describe('the calculators’ stylesheet moves into the head', () => {
  const link = '<link rel="stylesheet" href="/yunying/_astro/calculators.DLqO_-uB.css">';
  test('from the body to the end of the head, once', () => {
    const html = `<html><head><link rel="stylesheet" href="/_astro/pages.css"></head><body><p>a</p>${link}<section>calc</section></body></html>`;
    expect(hoistCalculatorStylesheet(html)).toBe(`<html><head><link rel="stylesheet" href="/_astro/pages.css">${link}</head><body><p>a</p><section>calc</section></body></html>`);
  });
  test('pages without one, and other stylesheets, are left alone', () => {
    const html = '<html><head></head><body><link rel="stylesheet" href="/_astro/other.css"></body></html>';
    expect(hoistCalculatorStylesheet(html)).toBe(html);
  });
});
