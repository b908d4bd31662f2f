/**
 * The text of one section of a built page, as a reader sees it: from the heading with that id to
 * the next heading with an id (Pagefind's sub-results end there too), or from the title to the
 * first such heading when there is no id. Source marks, definition popovers and other
 * `data-pagefind-ignore` parts, visually hidden labels and tags are left out.
 */
export function sectionText(html: string, id?: string): string | undefined {
  const body = html.slice(Math.max(0, html.indexOf('data-pagefind-body')));
  const headings = [...body.matchAll(/<h[1-6][^>]*\sid="([^"]+)"[^>]*>/g)];
  let start: number;
  let end: number;
  if (id) {
    const at = headings.findIndex((m) => m[1] === id);
    if (at === -1) return undefined;
    start = headings[at]!.index;
    end = headings[at + 1]?.index ?? body.length;
  } else {
    start = Math.max(0, body.search(/<h1[\s>]/));
    end = headings.find((m) => m.index > start && !m[0].startsWith('<h1'))?.index ?? body.length;
  }
  return visibleText(body.slice(start, end));
}

/** Strips ignored elements (by their well-formed nesting), hidden labels, tags and entities. */
export function visibleText(fragment: string): string {
  let html = fragment;
  // Elements marked data-pagefind-ignore or visually hidden: drop each with its content.
  const marker = /<([a-z0-9]+)\b[^>]*(?:\sdata-pagefind-ignore|\sclass="[^"]*\bvisually-hidden\b)[^>]*>/i;
  for (let m = marker.exec(html); m; m = marker.exec(html)) {
    const tag = m[1]!.toLowerCase();
    const open = new RegExp(`<${tag}\\b`, 'gi');
    const close = new RegExp(`</${tag}\\s*>`, 'gi');
    let depth = 1;
    let i = m.index + m[0].length;
    while (depth > 0) {
      close.lastIndex = i;
      const c = close.exec(html);
      if (!c) {
        i = html.length;
        break;
      }
      open.lastIndex = i;
      const o = open.exec(html);
      if (o && o.index < c.index) {
        depth++;
        i = o.index + o[0].length;
      } else {
        depth--;
        i = c.index + c[0].length;
      }
    }
    html = html.slice(0, m.index) + ' ' + html.slice(i);
  }
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}
