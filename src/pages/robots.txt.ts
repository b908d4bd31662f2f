/**
 * robots.txt: everything may be crawled; the sitemap is named by its full address under SITE_URL
 * and the base path (crawlers read robots.txt only at a host's root: under a sub-folder base, the
 * host's own robots.txt must name this sitemap instead).
 */
import type { APIRoute } from 'astro';

export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(`${import.meta.env.BASE_URL.replace(/\/?$/, '/')}sitemap-index.xml`, site);
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap.href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
