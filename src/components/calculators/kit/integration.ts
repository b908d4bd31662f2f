import type { AstroIntegration } from 'astro';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The calculators' stylesheet link, which the first calculator of a page writes where it stands
 * (kit/Embed.astro), moved into the page's <head> after the build. In the body it held back the
 * first paint of everything below it, so the first paint was shorter than the window, the
 * scrollbar appeared a moment later and the centred column moved sideways (CLS 0.006 on a
 * desktop). In the head it loads with the site's stylesheet, before the first paint, and its
 * `scrollbar-gutter` rule holds the scrollbar's place from the start. Pages without a calculator
 * have no such link, so they load no calculator CSS (issue 12).
 */
export function hoistCalculatorStylesheet(html: string): string {
  const head = html.indexOf('</head>');
  if (head === -1) return html;
  const link = /<link rel="stylesheet" href="[^"]*\/calculators\.[\w-]+\.css">/.exec(html.slice(head));
  if (!link) return html;
  const at = head + link.index;
  const body = html.slice(0, at) + html.slice(at + link[0].length);
  return body.slice(0, head) + link[0] + body.slice(head);
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

/** Registers the calculators' hydration directive, `client:calc` (directive.ts), and hoists their stylesheet. */
export const calculatorDirective: AstroIntegration = {
  name: 'yunying:calculators',
  hooks: {
    'astro:config:setup': ({ addClientDirective }) => {
      addClientDirective({ name: 'calc', entrypoint: fileURLToPath(new URL('./directive.ts', import.meta.url)) });
    },
    'astro:build:done': async ({ dir }) => {
      for (const file of await htmlFiles(fileURLToPath(dir))) {
        const html = await readFile(file, 'utf8');
        const out = hoistCalculatorStylesheet(html);
        if (out !== html) await writeFile(file, out);
      }
    },
  },
};
