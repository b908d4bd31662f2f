/**
 * The CSV endpoints of both editions share this: one static file per template, written at build
 * from the same data the templates page renders (zh headers at /templates/<id>.csv, English at
 * /en/templates/<id>.csv).
 */
import type { Locale } from '../i18n/locales';
import { getTemplate, templateCsv, templates } from '../templates';

export function templateCsvPaths() {
  return templates.map((tpl) => ({ params: { id: tpl.id } }));
}

export function templateCsvResponse(id: string | undefined, locale: Locale): Response {
  return new Response(templateCsv(getTemplate(id ?? ''), locale), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
}
