/** The templates as CSV, English headers (see src/templates/). */
import type { APIRoute } from 'astro';
import { templateCsvPaths, templateCsvResponse } from '../../../lib/template-csv-route';

export const getStaticPaths = templateCsvPaths;
export const GET: APIRoute = ({ params }) => templateCsvResponse(params.id, 'en');
