/**
 * A module fetched later, without Vite's preload helper in the script that fetches it.
 *
 * `import('./search')` in the site script makes Vite wrap the import in its preload helper, a
 * shared chunk of about 0.9 KB gzip that every reading page would then load at startup, even though
 * the search chunk has nothing to preload. Instead, `import url from 'virtual:lazy/search'` gives the
 * URL of the search module built as its own chunk, and `import(url)` of a plain variable is left
 * alone by Vite: the reading page loads its one small script and nothing else.
 */
import type { Plugin, ResolvedConfig } from 'vite';

/** `chunks`: name → module file (absolute). `virtual:lazy/<name>` exports the URL of its chunk. */
export function lazyChunks(chunks: Record<string, string>): Plugin {
  let config: ResolvedConfig | undefined;
  const prefix = 'virtual:lazy/';
  return {
    name: 'yunying:lazy-chunk',
    configResolved(resolved) {
      config = resolved;
    },
    resolveId(source) {
      if (source.startsWith(prefix) && source.slice(prefix.length) in chunks) return `\0${source}`;
      return undefined;
    },
    load(id) {
      if (!id.startsWith(`\0${prefix}`)) return undefined;
      const name = id.slice(prefix.length + 1);
      const file = chunks[name]!;
      if (config?.command === 'serve') {
        // The dev server serves sources by path under the base.
        return `export default ${JSON.stringify(`${config.base}@fs${file}`)};`;
      }
      const ref = this.emitFile({ type: 'chunk', id: file, name });
      return `export default import.meta.ROLLUP_FILE_URL_${ref};`;
    },
  };
}
