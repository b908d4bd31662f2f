/**
 * Marks the searched terms on a page opened from a search result (`?highlight=保证金`), loaded only
 * when the address has that parameter. Each value is a whole term or word as the dialog put it in
 * the link (src/scripts/search.ts), so 保证金 marks 保证金 and never the 金 of 现金; forms are matched
 * the way the vocabulary matches them (双11 and 双 11, any case). Replaces Pagefind's highlight
 * script (mark.js, 9.7 KB gzip). The marks are `<mark>` elements styled by global.css.
 */
import { markPattern, markRuns } from '../search/terms';

/** Elements whose text is not the page's prose. */
const skip = 'script,style,svg,textarea,[data-pagefind-ignore],.visually-hidden,mark';

export function highlight(scope: Element, marks: string[]): number {
  const pattern = markPattern(marks);
  if (!pattern) return 0;
  const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest(skip) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  let count = 0;
  for (const node of nodes) {
    const runs = markRuns(node.data, pattern);
    if (!runs.some((r) => r.mark)) continue;
    const parts = runs.map((r) => {
      if (!r.mark) return document.createTextNode(r.text);
      count++;
      const m = document.createElement('mark');
      m.textContent = r.text;
      return m;
    });
    node.replaceWith(...parts);
  }
  return count;
}

/** Reads ?highlight= from the address and marks the article. */
export function highlightFromUrl(): number {
  const marks = new URLSearchParams(location.search).getAll('highlight').filter((m) => m.trim().length > 0);
  const scope = document.querySelector('article');
  return scope ? highlight(scope, marks) : 0;
}
