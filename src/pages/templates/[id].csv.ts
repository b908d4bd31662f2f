/** The templates as CSV, Chinese headers (see src/templates/). */
import type { APIRoute } from 'astro';
import { templateCsvPaths, templateCsvResponse } from '../../lib/template-csv-route';

export const getStaticPaths = templateCsvPaths;
export const GET: APIRoute = ({ params }) => templateCsvResponse(params.id, 'zh-CN');
