/**
 * Rewrites the text of an HTML document and leaves its markup alone: the indexer uses it to write
 * search tokens into the copy of a page that Pagefind reads. A small scanner, not a parser: it
 * knows tags (with quoted attribute values that may hold `>`), comments, doctype, and the elements
 * whose content is not text (script, style, svg, template, textarea, title).
 */

const rawElements = new Set(['script', 'style', 'svg', 'template', 'textarea', 'title', 'noscript']);

const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', '#39': "'" };

/** Decodes the character references a text node may hold (named ones beyond the basic set stay as written). */
export function decodeText(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+[0-9]*);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return named[ref.toLowerCase()] ?? whole;
  });
}

/** Escapes text for an HTML text node. */
export const encodeText = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** End of the tag that starts at `at` (the index after its `>`), honouring quoted attribute values. */
function tagEnd(html: string, at: number): number {
  let quote: string | undefined;
  for (let i = at + 1; i < html.length; i++) {
    const c = html[i];
    if (quote) {
      if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return i + 1;
  }
  return html.length;
}

/**
 * Calls `fn` with the decoded text of every text node outside the raw elements and puts its
 * (re-encoded) result in place. A text node `fn` returns unchanged keeps its original bytes.
 */
export function mapText(html: string, fn: (text: string) => string): string {
  let out = '';
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    const textEnd = lt === -1 ? html.length : lt;
    if (textEnd > i) {
      const raw = html.slice(i, textEnd);
      const decoded = decodeText(raw);
      const mapped = fn(decoded);
      out += mapped === decoded ? raw : encodeText(mapped);
    }
    if (lt === -1) break;
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      const stop = end === -1 ? html.length : end + 3;
      out += html.slice(lt, stop);
      i = stop;
      continue;
    }
    const end = tagEnd(html, lt);
    const tag = html.slice(lt, end);
    out += tag;
    i = end;
    const name = /^<([a-zA-Z][a-zA-Z0-9-]*)/.exec(tag)?.[1]?.toLowerCase();
    if (name && rawElements.has(name) && !tag.endsWith('/>')) {
      // Copy everything up to the matching close tag untouched (svg and template may nest, but
      // their text is never indexed prose, so the first close of the same name is enough for svg
      // inside svg only when counted).
      let depth = 1;
      const open = new RegExp(`<${name}(?=[\\s/>])`, 'gi');
      const close = new RegExp(`</${name}\\s*>`, 'gi');
      let j = i;
      while (depth > 0) {
        close.lastIndex = j;
        const c = close.exec(html);
        if (!c) {
          j = html.length;
          break;
        }
        open.lastIndex = j;
        const o = open.exec(html);
        if (o && o.index < c.index && name !== 'script' && name !== 'style') {
          depth++;
          j = o.index + o[0].length;
          continue;
        }
        depth--;
        j = c.index + c[0].length;
      }
      out += html.slice(i, j);
      i = j;
    }
  }
  return out;
}
