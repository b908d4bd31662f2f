/**
 * Every template, in the order the templates page shows them. The page, the CSV endpoints and the
 * tests read this list; a template's id is its anchor on /templates/ and its CSV's file name.
 */
import type { TemplateDef } from './template';
import { jobDescriptions } from './job-descriptions';
import { csRoster } from './cs-roster';
import { csHandover } from './cs-handover';
import { standardAnswers } from './standard-answers';
import { compensationAuthority } from './compensation-authority';
import { dailyKpi } from './daily-kpi';
import { listingReview } from './listing-review';
import { courierRates } from './courier-rates';
import { bigSaleCountdown } from './big-sale-countdown';
import { cashFlow } from './cash-flow';
import { mediaPlan } from './media-plan';

export const templates = [
  jobDescriptions,
  csRoster,
  csHandover,
  standardAnswers,
  compensationAuthority,
  dailyKpi,
  listingReview,
  mediaPlan,
  courierRates,
  bigSaleCountdown,
  cashFlow,
] as const satisfies readonly TemplateDef[];

export type TemplateId = (typeof templates)[number]['id'];

/** The template with this id; throws on an unknown one, so a typo in MDX fails the build. */
export function getTemplate(id: string): TemplateDef {
  const found = templates.find((tpl) => tpl.id === id);
  if (!found) throw new Error(`templates: unknown template "${id}" (known: ${templates.map((x) => x.id).join(', ')})`);
  return found;
}

export { templateCsv, templateTable, type TemplateDef, type TemplateTable } from './template';
