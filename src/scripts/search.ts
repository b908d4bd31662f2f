/**
 * The search dialog, fetched when a reader reaches for search (src/scripts/site.ts: pointer over or
 * focus on the search button, "/" or Ctrl/⌘-K), never on a page that is only read.
 *
 * - prepare(): starts Pagefind (pagefind.js on the main thread: no worker file to fetch, and the
 *   site's 72 pages search in a few milliseconds), its WebAssembly and this edition's metadata, the
 *   vocabulary and page list (pagefind/search.<lang>.json) and the dialog's stylesheet, in parallel.
 * - open(): a native modal <dialog> (focus stays inside, the page behind is inert) holding a
 *   combobox input and a listbox of results. ↑/↓ choose, Enter opens the chosen result or the
 *   first one, Esc closes, results are announced in a polite live region.
 * - Queries are rewritten with the vocabulary (src/search/terms.ts): 双十一, 双11 and Singles' Day
 *   all search the double-11 token; the rest goes to Pagefind as typed.
 * - Results show at once from a page list (title and address per result id, in
 *   pagefind/search.<lang>.json with the vocabulary); fragments, which hold sections and excerpts,
 *   are fetched only for the pages in view, once the reader stops typing. Each page's link then
 *   goes to its best-matching section, and up to two more sections follow.
 * - Result links carry ?highlight=<whole term>: the result page marks whole terms (search-highlight.ts).
 */
import cssUrl from '../styles/search.css?url';
import { searchStrings } from '../i18n/ui/search';
export { highlightFromUrl } from './search-highlight';
import { compileVocabulary, findForms, markPattern, markRuns, phraseId, rewriteQuery, stripTokens, type RewrittenQuery, type Vocabulary } from '../search/terms';

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
  /** Result id → address and title, so a result shows before its fragment is fetched. */
  pages: Map<string, { url: string; title: string }>;
}
/** pagefind/search.<lang>.json, written by src/search/build-index.ts. */
interface SearchData {
  /** Pagefind's metadata and WebAssembly for this edition (file names under pagefind/). */
  preload?: string[];
  terms: [string, string[]][];
  /** Topic phrases of the headings (one form each, id = phraseId(form)). */
  phrases?: string[];
  pages: Record<string, [string, string]>;
}

const root = document.documentElement;
const base = root.dataset.base ?? '/';
const lang = root.lang.toLowerCase();
const t = searchStrings[lang === 'en' ? 'en' : 'zh-CN'];
/** Result pages listed at once (titles come with the page list; fragments load for those in view). */
const PAGE_BATCH = 8;
/** Quiet time after the last keystroke before sections and excerpts (fragments) are fetched. */
const DETAIL_DELAY_MS = 180;
/** Fragments fetched per round while result pages are in view (3: about one screen of results). */
const DETAIL_ROUND = 3;
/** Longest wait for a page's best section when Enter comes before its fragment. */
const GO_WAIT_MS = 400;
/** Further sections listed under a page, after its best one. */
const MORE_SECTIONS = 2;
/** Shortest wait after a keystroke before searching. */
const DEBOUNCE_MS = 40;
/** The longest wait after a keystroke before searching (the pause of a slow typist). */
const SETTLE_MS = 160;
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
let vocabulary: Vocabulary | undefined;

let warming = false;
/** Chinese edition: the word segmenter's dictionary loads in a throwaway worker (see warm-segmenter.ts). */
function warmSegmenter(): void {
  if (warming || !lang.startsWith('zh') || typeof Worker !== 'function') return;
  warming = true;
  try {
    const worker = new Worker(new URL('./warm-segmenter.ts', import.meta.url), { type: 'module' });
    worker.onmessage = worker.onerror = () => worker.terminate();
  } catch {
    /* no worker: Pagefind loads the dictionary on the first search instead */
  }
}
/** Starts everything the first query needs. Safe to call on every sign of intent. */
export function prepare(): Promise<Engine> {
  void loadStylesheet();
  warmSegmenter();
  engine ??= (async () => {
    const [pagefind, data] = await Promise.all([
      (async () => {
        // A plain variable, not a template: Vite leaves the import alone (no preload wrapper).
        const url = `${base}pagefind/pagefind.js`;
        const pf = (await import(/* @vite-ignore */ url)) as Pagefind;
        // pageLength 0.3 (Pagefind's default 0.75): a short page (a calculator, whose islands are
        // not indexed) no longer outranks the long playbook that explains the term it names.
        await pf.options({ noWorker: true, excerptLength: 24, ranking: { pageLength: 0.3 } });
        await pf.init();
        return pf;
      })(),
      fetch(`${base}pagefind/search.${lang}.json`)
        .then((r) => (r.ok ? (r.json() as Promise<SearchData>) : undefined))
        .then((data) => {
          // Pagefind asks for these only after its own script has run and read its entry file.
          for (const file of data?.preload ?? []) {
            const link = el('link', { rel: 'preload', as: 'fetch', crossorigin: 'anonymous', href: `${base}pagefind/${file}` });
            document.head.append(link);
          }
          return data;
        })
        .catch(() => undefined),
    ]);
    const root = base.replace(/\/$/, '');
    vocabulary = compileVocabulary([
      ...(data?.terms ?? []).map(([id, forms]) => ({ id, forms })),
      ...(data?.phrases ?? []).map((form) => ({ id: phraseId(form), forms: [form] })),
    ]);
    return {
      pagefind,
      vocabulary,
      pages: new Map(Object.entries(data?.pages ?? {}).map(([id, [url, title]]) => [id, { url: root + url, title }])),
    };
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
    if (!current) return;
    const c = current;
    void prepare().then((e) => {
      showPages(c, e);
      void detailVisible(seq);
    });
  });
  // Scrolling the results fetches the fragments of the pages that come into view.
  let scrolling: ReturnType<typeof setTimeout> | undefined;
  body.addEventListener('scroll', () => {
    clearTimeout(scrolling);
    scrolling = setTimeout(() => void detailVisible(seq), 100);
  }, { passive: true });
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
let lastInput = 0;
let gap = SETTLE_MS;
/**
 * Searches when the reader pauses. A pause is judged by their own rhythm (a little longer than
 * the last gap between keys, within DEBOUNCE_MS–SETTLE_MS), so a word typed on does not fetch the
 * index chunks and fragments of every prefix; a query that ends in a whole glossary term, or
 * comes from an input method (one commit per word), is searched at once.
 */
function schedule(): void {
  clearTimeout(timer);
  clearTimeout(detailTimer);
  const now = performance.now();
  gap = Math.min(now - lastInput, SETTLE_MS);
  lastInput = now;
  const value = ui!.input.value;
  const whole = /\p{Script=Han}$/u.test(value) || endsWithTerm(value);
  const wait = whole ? DEBOUNCE_MS : Math.max(DEBOUNCE_MS, Math.min(SETTLE_MS, gap * 1.5));
  timer = setTimeout(() => {
    timer = undefined;
    void run(ui!.input.value);
  }, wait);
}

/** Whether the text ends with a whole form of a glossary term (known once the vocabulary is in). */
function endsWithTerm(text: string): boolean {
  const v = vocabulary;
  if (!v) return false;
  const q = text.trimEnd();
  return findForms(q, v).some((m) => m.end === q.length);
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
  delete u.dialog.dataset.done;
  // One Latin letter matches half the index: wait for the second.
  if (!q || /^[a-z0-9]$/i.test(q)) {
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
    u.dialog.dataset.done = q;
    return;
  }
  u.message.hidden = true;
  showPages(current, e);
  announce((results.length === 1 ? t.countOne : t.count).replace('{n}', String(results.length)).replace('{q}', q));
  if (enterPending) {
    enterPending = false;
    void go(options()[0]);
    return;
  }
  // Sections and excerpts once the reader stops typing: a query typed on never costs fragments.
  detailTimer = setTimeout(() => void detailVisible(my), DETAIL_DELAY_MS);
}

function clearResults(): void {
  const u = build();
  u.listbox.replaceChildren();
  u.listbox.hidden = true;
  u.more.hidden = true;
  u.input.setAttribute('aria-expanded', 'false');
  setActive(undefined);
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

/**
 * Puts the next pages on screen at once, from the page list that came with the vocabulary (title
 * and address per result id): no fragment is needed to show a result.
 */
function showPages(c: Current, e: Engine): void {
  const u = build();
  const batch = c.results.slice(c.shown, c.shown + PAGE_BATCH);
  c.shown += batch.length;
  for (const r of batch) {
    const known = e.pages.get(r.id);
    const group = el('div', { role: 'group', class: 'search-page', 'data-result': r.id });
    groups.set(group, r);
    if (known) {
      group.setAttribute('aria-label', known.title);
      group.append(option(withMarks(known.url, c.rewritten.marks), known.title, '', c, false));
    } else {
      // An index without the page list: this result waits for its fragment.
      group.hidden = true;
    }
    u.listbox.append(group);
  }
  u.listbox.hidden = false;
  u.input.setAttribute('aria-expanded', 'true');
  u.more.hidden = c.shown >= c.results.length;
}

let detailTimer: ReturnType<typeof setTimeout> | undefined;
const groups = new WeakMap<Element, Result>();
/** Fragments fetched or on their way, per result page. */
const detailing = new WeakMap<Element, Promise<void>>();

/**
 * Fetches the fragments of the result pages in view (and only those) and adds their sections:
 * a few at a time, looking again after each round, since a page with its sections takes more room.
 */
async function detailVisible(my: number): Promise<void> {
  const u = build();
  const c = current;
  if (!c || my !== seq) return;
  for (;;) {
    const box = u.listbox.parentElement!.getBoundingClientRect();
    const round = [...u.listbox.querySelectorAll<HTMLElement>('.search-page')]
      .filter((g) => {
        if (detailing.has(g)) return false;
        const r = g.getBoundingClientRect();
        return g.hidden || (r.top < box.bottom && r.bottom > box.top);
      })
      .slice(0, DETAIL_ROUND);
    if (round.length === 0) break;
    await Promise.all(round.map((g) => detail(g, c, my)));
    if (my !== seq) return;
  }
  u.dialog.dataset.done = c.query;
}

/**
 * One result page's fragment: its best section becomes the page's link, two more follow. Fetched
 * once per page (a failed fetch leaves the page as listed, with its title and address).
 */
function detail(group: HTMLElement, c: Current, my: number): Promise<void> {
  let pending = detailing.get(group);
  if (!pending) {
    pending = fillGroup(group, c, my);
    detailing.set(group, pending);
  }
  return pending;
}

async function fillGroup(group: HTMLElement, c: Current, my: number): Promise<void> {
  const result = groups.get(group);
  if (!result) return;
  const f = await result.data().catch(() => undefined);
  if (!f || my !== seq) return;
  const sections = f.sub_results.map((s) => ({ s, score: score(s) })).sort((a, b) => b.score - a.score);
  const best = sections[0]?.s;
  const pageTitle = clean(f.meta.title);
  const bestTitle = best?.anchor ? `${pageTitle} › ${clean(best.title)}` : pageTitle;
  const main = option(withMarks(best?.url ?? f.url, c.rewritten.marks), bestTitle, clean(best?.plain_excerpt ?? best?.excerpt ?? f.plain_excerpt ?? f.excerpt), c, false);
  const subs: HTMLAnchorElement[] = [];
  for (const { s } of sections.slice(1)) {
    if (subs.length >= MORE_SECTIONS) break;
    if (!s.anchor || s.url === best?.url) continue;
    subs.push(option(withMarks(s.url, c.rewritten.marks), clean(s.title), clean(s.plain_excerpt ?? s.excerpt), c, true));
  }
  const wasActive = group.querySelector('[aria-selected="true"]') !== null;
  group.setAttribute('aria-label', pageTitle);
  group.replaceChildren(main, ...subs);
  group.hidden = false;
  if (wasActive) setActive(main);
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

function options(): HTMLAnchorElement[] {
  return [...build().listbox.querySelectorAll<HTMLAnchorElement>('.search-page:not([hidden]) [role="option"]')];
}

let active: HTMLAnchorElement | undefined;
function setActive(option: HTMLAnchorElement | undefined): void {
  const u = build();
  active?.setAttribute('aria-selected', 'false');
  active = option;
  if (option) {
    option.setAttribute('aria-selected', 'true');
    u.input.setAttribute('aria-activedescendant', option.id);
    option.scrollIntoView({ block: 'nearest' });
  } else u.input.removeAttribute('aria-activedescendant');
}

/**
 * Opens a result. A page whose fragment has not come yet is fetched first (a moment, at most
 * GO_WAIT_MS), so Enter lands on its best section, as the finished list would have offered.
 */
async function go(target: HTMLAnchorElement | undefined): Promise<void> {
  if (!target) return;
  const group = target.closest<HTMLElement>('.search-page');
  let href = target.href;
  if (group && current && target === group.querySelector('[role="option"]')) {
    await Promise.race([detail(group, current, seq), new Promise((r) => setTimeout(r, GO_WAIT_MS))]);
    href = group.querySelector<HTMLAnchorElement>('[role="option"]')?.href ?? href;
  }
  if (new URL(href).pathname === location.pathname) build().dialog.close();
  location.assign(href);
}

function onKey(e: KeyboardEvent): void {
  if (e.isComposing) return;
  const list = options();
  const at = active ? list.indexOf(active) : -1;
  if (e.key === 'ArrowDown') {
    e.preventDefault();
    setActive(list[at + 1 >= list.length ? 0 : at + 1]);
  } else if (e.key === 'ArrowUp') {
    e.preventDefault();
    setActive(list[at <= 0 ? list.length - 1 : at - 1]);
  } else if (e.key === 'Enter') {
    e.preventDefault();
    // The chosen result, else the first; before any result is on screen, the first when it comes.
    if (list.length > 0 && timer === undefined && ui!.input.value.trim() === current?.query) void go(at >= 0 ? list[at] : list[0]);
    else if (ui!.input.value.trim()) {
      enterPending = true;
      clearTimeout(timer);
      timer = undefined;
      void run(ui!.input.value);
    }
  }
}
