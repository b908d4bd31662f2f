/**
 * The quality gates' reports: each gate writes `reports/<gate>.json` (its figures, with a short
 * markdown summary), and every write regenerates `reports/quality.md` from all of them, so the
 * summary is whole whichever gates ran and in whatever order.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const reportsDir = join(import.meta.dirname, '..', '..', 'reports');

/** The gates, in the order the summary lists them. */
const GATES = ['bench', 'weight', 'lighthouse', 'a11y', 'security', 'html-validate', 'search'] as const;
export type Gate = (typeof GATES)[number];

export interface GateReport {
  /** Markdown for the summary: a heading of level 2 and a table or a few lines. */
  markdown: string;
  /** The figures behind it. */
  data: unknown;
}

/** Writes one gate's report and regenerates reports/quality.md. */
export function writeReport(gate: Gate, report: GateReport): void {
  mkdirSync(reportsDir, { recursive: true });
  const stamped = { gate, date: new Date().toISOString().slice(0, 10), ...report };
  writeFileSync(join(reportsDir, `${gate}.json`), `${JSON.stringify(stamped, null, 2)}\n`);
  const sections = GATES.flatMap((g) => {
    const file = join(reportsDir, `${g}.json`);
    if (!existsSync(file)) return [];
    const r = JSON.parse(readFileSync(file, 'utf8')) as GateReport & { date: string };
    return [`${r.markdown.trim()}\n\n_Measured ${r.date}; figures in \`reports/${g}.json\`._`];
  });
  const head = [
    '# Quality gates',
    '',
    'Written by the tests (`npm test`: bytes, counts, CLS, Lighthouse accessibility/best practices/SEO, axe, CSP, HTML) and by `npm run bench` (speed, reported beside its goals, never failing).',
    'Sizes are gzip (level 6) of what Chromium loads; KB = 1,000 bytes.',
  ].join('\n');
  writeFileSync(join(reportsDir, 'quality.md'), `${[head, ...sections].join('\n\n')}\n`);
}

