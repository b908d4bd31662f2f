/**
 * Strings of the search dialog (src/scripts/search.ts). They live apart from the page UI strings
 * so the dialog's code, fetched only when a reader reaches for search, carries these and no more.
 * `{n}` and `{q}` are filled in by the dialog.
 */
import type { Locale } from '../locales';

const en = {
  label: 'Search the playbooks',
  placeholder: 'Terms, topics, pages…',
  close: 'Close search',
  results: 'Results',
  /** Announced to screen readers when results change. */
  count: '{n} pages found for “{q}”',
  countOne: '1 page found for “{q}”',
  none: 'Nothing found for “{q}”. Try a shorter word, the Chinese term, or the glossary.',
  loading: 'Loading search…',
  more: 'More results',
  unavailable: 'Search needs JavaScript and the built search index (run npm start).',
  hintMove: 'choose',
  hintOpen: 'open',
  hintClose: 'close',
  section: 'Section',
};
export type SearchStrings = typeof en;

const zhCN: SearchStrings = {
  label: '搜索运营指南',
  placeholder: '术语、主题、页面……',
  close: '关闭搜索',
  results: '搜索结果',
  count: '“{q}”找到 {n} 个页面',
  countOne: '“{q}”找到 1 个页面',
  none: '没有找到“{q}”。试试更短的词、英文说法，或查术语表。',
  loading: '正在加载搜索……',
  more: '更多结果',
  unavailable: '搜索需要 JavaScript 和已构建的搜索索引（运行 npm start）。',
  hintMove: '选择',
  hintOpen: '打开',
  hintClose: '关闭',
  section: '小节',
};

export const searchStrings: Record<Locale, SearchStrings> = { en, 'zh-CN': zhCN };
