/**
 * The search dialog, fetched when a reader reaches for search (src/scripts/site.ts: pointer over or
 * focus on the search button, "/" or Ctrl/⌘-K), never on a page that is only read.
 *
 * - prepare(): starts Pagefind (pagefind.js on the main thread: no worker file to fetch, and 46
 *   pages search in a few milliseconds), its WebAssembly and this edition's metadata, the
 *   vocabulary (pagefind/terms.<lang>.json) and the dialog's stylesheet, all in parallel.
 * - open(): a native modal <dialog> (focus stays inside, the page behind is inert) holding a
 *   combobox input and a listbox of results. ↑/↓ choose, Enter opens the chosen result or the
 *   first one, Esc closes, results are announced in a polite live region.
 * - Queries are rewritten with the vocabulary (src/search/terms.ts): 双十一, 双11 and Singles' Day
 *   all search the double-11 token; the rest goes to Pagefind as typed.
 * - Only the fragments of the results on screen are fetched (5 pages, more on request); each page's
 *   link goes to its best-matching section, then up to two more sections follow.
 * - Result links carry ?highlight=<whole term>: the result page marks whole terms (search-highlight.ts).
 */
import cssUrl from '../styles/search.css?url';
import { searchStrings } from '../i18n/ui/search';
export { highlightFromUrl } from './search-highlight';
import { compileVocabulary, markPattern, markRuns, rewriteQuery, stripTokens, type RewrittenQuery, type Vocabulary } from '../search/terms';

interface WeightedLocation {
  weight: number;
  balanced_score: number;
  location: number;
}
interface SubResult {
  title: string;
  url: string;
  anchor?: { id: string; element: string };
  weighted_locations: WeightedLocation[];
  excerpt: string;
  plain_excerpt?: string;
}
interface Fragment {
  url: string;
  meta: { title?: string };
  excerpt: string;
  plain_excerpt?: string;
  sub_results: SubResult[];
}
interface Result {
  id: string;
  data(): Promise<Fragment>;
}
interface Pagefind {
  options(o: object): Promise<void>;
  init(): Promise<void>;
  search(q: string): Promise<{ results: Result[] } | null>;
}
interface Engine {
  pagefind: Pagefind;
  vocabulary: Vocabulary;
}

const root = document.documentElement;
const base = root.dataset.base ?? '/';
const lang = root.lang.toLowerCase();
const t = searchStrings[lang === 'en' ? 'en' : 'zh-CN'];
/** Pages whose fragments load per batch: the first screen of results. */
const BATCH = 5;
/** Further sections listed under a page, after its best one. */
const MORE_SECTIONS = 2;
/** Wait after a keystroke before searching: typing on, the previous query is dropped unseen. */
const DEBOUNCE_MS = 60;
/** Marks put in a result link (the term's forms can be many). */
const MAX_MARKS = 6;

let stylesheet: Promise<void> | undefined;
function loadStylesheet(): Promise<void> {
  stylesheet ??= new Promise<void>((resolve) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = cssUrl;
    link.onload = link.onerror = () => resolve();
    document.head.append(link);
  });
  return stylesheet;
}

let engine: Promise<Engine> | undefined;
/** Starts everything the first query needs. Safe to call on every sign of intent. */
export function prepare(): Promise<Engine> {
  void loadStylesheet();
  engine ??= (async () => {
    const [pagefind, terms] = await Promise.all([
      (async () => {
        // A plain variable, not a template: Vite leaves the import alone (no preload wrapper).
        const url = `${base}pagefind/pagefind.js`;
        const pf = (await import(/* @vite-ignore */ url)) as Pagefind;
        await pf.options({ noWorker: true, excerptLength: 24 });
        await pf.init();
        return pf;
      })(),
      fetch(`${base}pagefind/terms.${lang}.json`)
        .then((r) => (r.ok ? (r.json() as Promise<[string, string[]][]>) : []))
        .catch(() => [] as [string, string[]][]),
    ]);
    return { pagefind, vocabulary: compileVocabulary(terms.map(([id, forms]) => ({ id, forms }))) };
  })();
  engine.catch(() => (engine = undefined));
  return engine;
}

interface Ui {
  dialog: HTMLDialogElement;
  input: HTMLInputElement;
  listbox: HTMLElement;
  message: HTMLElement;
  more: HTMLButtonElement;
  status: HTMLElement;
}
let ui: Ui | undefined;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}

function build(): Ui {
  if (ui) return ui;
  const dialog = el('dialog', { class: 'search-dialog', 'aria-label': t.label });
  const head = el('div', { class: 'search-head' });
  const input = el('input', {
    type: 'text',
    class: 'search-input',
    role: 'combobox',
    'aria-label': t.label,
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': 'search-results',
    autocomplete: 'off',
    autocapitalize: 'off',
    spellcheck: 'false',
    enterkeyhint: 'go',
    placeholder: t.placeholder,
  });
  const close = el('button', { type: 'button', class: 'search-close', 'aria-label': t.close });
  close.append(el('kbd', { 'aria-hidden': 'true' }, 'Esc'));
  head.append(input, close);
  const body = el('div', { class: 'search-body' });
  const listbox = el('div', { role: 'listbox', id: 'search-results', class: 'search-results', 'aria-label': t.results, 'data-search-results': '' });
  listbox.hidden = true;
  const message = el('p', { class: 'search-message' });
  message.hidden = true;
  const more = el('button', { type: 'button', class: 'search-more' }, t.more);
  more.hidden = true;
  body.append(listbox, message, more);
  const hints = el('p', { class: 'search-hints', 'aria-hidden': 'true' });
  for (const [keys, label] of [
    [['↑', '↓'], t.hintMove],
    [['Enter'], t.hintOpen],
    [['Esc'], t.hintClose],
  ] as const) {
    const hint = el('span');
    for (const k of keys) hint.append(el('kbd', {}, k));
    hint.append(` ${label}`);
    hints.append(hint);
  }
  const status = el('p', { role: 'status', class: 'visually-hidden' });
  dialog.append(head, body, hints, status);
  document.body.append(dialog);

  close.addEventListener('click', () => dialog.close());
  // A click on the backdrop (the dialog element itself, outside its box) closes it.
  dialog.addEventListener('click', (e) => {
    if (e.target === dialog) dialog.close();
  });
  input.addEventListener('input', (e) => {
    if (!(e as InputEvent).isComposing) schedule();
  });
  input.addEventListener('compositionend', schedule);
  input.addEventListener('keydown', onKey);
  listbox.addEventListener('click', (e) => {
    const option = (e.target as Element).closest<HTMLAnchorElement>('[role="option"]');
    // Same-page links only scroll: close the dialog so the section shows.
    if (option && new URL(option.href).pathname === location.pathname) dialog.close();
  });
  more.addEventListener('click', () => {
    if (current) void showBatch(current, seq);
  });
  ui = { dialog, input, listbox, message, more, status };
  return ui;
}

/** Opens the dialog (building it on first use) with the box focused. */
export async function open(): Promise<void> {
  const ready = prepare();
  await loadStylesheet();
  const u = build();
  if (!u.dialog.open) u.dialog.showModal();
  u.input.focus();
  u.input.select();
  ready.catch(() => showMessage(t.unavailable));
}

let timer: ReturnType<typeof setTimeout> | undefined;
let seq = 0;
function schedule(): void {
  clearTimeout(timer);
  timer = setTimeout(() => {
    timer = undefined;
    void run(ui!.input.value);
  }, DEBOUNCE_MS);
}

interface Current {
  query: string;
  rewritten: RewrittenQuery;
  results: Result[];
  shown: number;
  marks: RegExp | undefined;
}
let current: Current | undefined;
/** Enter pressed before the first result was on screen: open it when it comes. */
let enterPending = false;

async function run(query: string): Promise<void> {
  const my = ++seq;
  const u = build();
  const q = query.trim();
  if (!q) {
    clearResults();
    u.message.hidden = true;
    current = undefined;
    return;
  }
  let e: Engine;
  try {
    e = await prepare();
  } catch {
    showMessage(t.unavailable);
    return;
  }
  if (my !== seq) return;
  const rewritten = rewriteQuery(q, e.vocabulary);
  let found = await e.pagefind.search(rewritten.text);
  // A term the index does not know in this edition: search the words as typed.
  if (rewritten.terms.length > 0 && (found?.results.length ?? 0) === 0) found = await e.pagefind.search(q);
  if (my !== seq) return;
  const results = found?.results ?? [];
  current = { query: q, rewritten, results, shown: 0, marks: markPattern(rewritten.marks) };
  clearResults();
  if (results.length === 0) {
    showMessage(t.none.replace('{q}', q));
    announce(t.none.replace('{q}', q));
    enterPending = false;
    return;
  }
  u.message.hidden = true;
  await showBatch(current, my);
  if (my !== seq) return;
  announce((results.length === 1 ? t.countOne : t.count).replace('{n}', String(results.length)).replace('{q}', q));
}

function clearResults(): void {
  const u = build();
  u.listbox.replaceChildren();
  u.listbox.hidden = true;
  u.more.hidden = true;
  u.input.setAttribute('aria-expanded', 'false');
  setActive(-1);
}

function showMessage(text: string): void {
  const u = build();
  clearResults();
  u.message.textContent = text;
  u.message.hidden = false;
}

let announceTimer: ReturnType<typeof setTimeout> | undefined;
function announce(text: string): void {
  const u = build();
  clearTimeout(announceTimer);
  // After a pause, so a screen reader hears the last count, not every keystroke's.
  announceTimer = setTimeout(() => (u.status.textContent = text), 400);
}

/** Fetches the next batch of fragments and renders each page as soon as its turn comes. */
async function showBatch(c: Current, my: number): Promise<void> {
  const u = build();
  const batch = c.results.slice(c.shown, c.shown + BATCH);
  c.shown += batch.length;
  u.more.hidden = true;
  const pending = batch.map((r) => r.data());
  for (const p of pending) {
    const fragment = await p.catch(() => undefined);
    if (my !== seq) return;
    if (!fragment) continue;
    renderPage(fragment, c);
    if (u.listbox.hidden) {
      u.listbox.hidden = false;
      u.input.setAttribute('aria-expanded', 'true');
      if (enterPending) {
        enterPending = false;
        go(options()[0]);
        return;
      }
    }
  }
  u.more.hidden = c.shown >= c.results.length;
}

const score = (s: SubResult): number => s.weighted_locations.reduce((n, l) => n + l.balanced_score, 0);

/** Result page URL with the terms to mark: whole forms, never single characters of them. */
function withMarks(url: string, marks: string[]): string {
  const u = new URL(url, location.href);
  for (const m of marks.slice(0, MAX_MARKS)) u.searchParams.append('highlight', m);
  return u.pathname + u.search + u.hash;
}

let optionCount = 0;
function option(href: string, title: string, excerpt: string, c: Current, sub: boolean): HTMLAnchorElement {
  const a = el('a', { role: 'option', id: `search-option-${++optionCount}`, href, tabindex: '-1', 'aria-selected': 'false', class: sub ? 'search-option search-sub' : 'search-option' });
  const heading = el('span', { class: 'search-title' });
  appendMarked(heading, title, c.marks);
  a.append(heading);
  if (excerpt) {
    const text = el('span', { class: 'search-excerpt' });
    appendMarked(text, excerpt, c.marks);
    a.append(text);
  }
  return a;
}

function appendMarked(parent: HTMLElement, text: string, marks: RegExp | undefined): void {
  for (const run of markRuns(text, marks)) parent.append(run.mark ? el('mark', {}, run.text) : run.text);
}

/** Text shown to the reader: no tokens, no Pagefind separators, no markup. */
function clean(text: string | undefined): string {
  const plain = (text ?? '').replace(/<[^>]*>/g, '');
  return stripTokens(plain).replace(/\s+/g, ' ').trim();
}

function renderPage(f: Fragment, c: Current): void {
  const u = build();
  const sections = f.sub_results.map((s) => ({ s, score: score(s) })).sort((a, b) => b.score - a.score);
  const best = sections[0]?.s;
  const pageTitle = clean(f.meta.title);
  const group = el('div', { role: 'group', class: 'search-page', 'aria-label': pageTitle });
  const bestTitle = best?.anchor ? `${pageTitle} › ${clean(best.title)}` : pageTitle;
  group.append(option(withMarks(best?.url ?? f.url, c.rewritten.marks), bestTitle, clean(best?.plain_excerpt ?? best?.excerpt ?? f.plain_excerpt ?? f.excerpt), c, false));
  for (const { s } of sections.slice(1)) {
    if (group.childElementCount > MORE_SECTIONS || !s.anchor || s.url === best?.url) continue;
    group.append(option(withMarks(s.url, c.rewritten.marks), clean(s.title), clean(s.plain_excerpt ?? s.excerpt), c, true));
  }
  u.listbox.append(group);
}

function options(): HTMLAnchorElement[] {
  return [...build().listbox.querySelectorAll<HTMLAnchorElement>('[role="option"]')];
}

let active = -1;
function setActive(index: number): void {
  const u = build();
  const list = options();
  active = index < 0 || list.length === 0 ? -1 : Math.min(index, list.length - 1);
  list.forEach((o, i) => o.setAttribute('aria-selected', String(i === active)));
  const chosen = list[active];
  if (chosen) {
    u.input.setAttribute('aria-activedescendant', chosen.id);
    chosen.scrollIntoView({ block: 'nearest' });
  } else u.input.removeAttribute('aria-activedescendant');
}

function go(target: HTMLAnchorElement | undefined): void {
  if (!target) return;
  if (new URL(target.href).pathname === location.pathname) build().dialog.close();
  location.assign(target.href);
}

function onKey(e: KeyboardEvent): void {
  if (e.isComposing) return;
  const count = options().length;
  if (e.key === 'ArrowDown') {
    e.preventDefault();
    setActive(active + 1 >= count ? 0 : active + 1);
  } else if (e.key === 'ArrowUp') {
    e.preventDefault();
    setActive(active <= 0 ? count - 1 : active - 1);
  } else if (e.key === 'Enter') {
    e.preventDefault();
    const list = options();
    // The chosen result, else the first; before any result is on screen, the first when it comes.
    if (list.length > 0 && timer === undefined && ui!.input.value.trim() === current?.query) go(list[active] ?? list[0]);
    else if (ui!.input.value.trim()) {
      enterPending = true;
      clearTimeout(timer);
      timer = undefined;
      void run(ui!.input.value);
    }
  }
}
