/**
 * The only script a reading page loads: theme choice, the mobile menu, copy-link anchors, the
 * language switch keeping the current section, and the search trigger: the search dialog and
 * Pagefind are fetched only when a reader reaches for search (src/scripts/search.ts).
 */
import searchUrl from 'virtual:lazy/search';

const root = document.documentElement;
const THEME_KEY = 'yunying-theme';

function announce(message: string): void {
  const region = document.querySelector<HTMLElement>('[data-announcer]');
  if (!region) return;
  region.textContent = '';
  window.setTimeout(() => (region.textContent = message), 50);
}

// Theme: auto (follow the system), light or dark; the inline head script applies it before paint.
const themeSelect = document.querySelector<HTMLSelectElement>('[data-theme-select]');
if (themeSelect) {
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(THEME_KEY);
  } catch {
    /* storage blocked: stay on auto */
  }
  themeSelect.value = stored === 'light' || stored === 'dark' ? stored : 'auto';
  themeSelect.addEventListener('change', () => {
    const value = themeSelect.value;
    if (value === 'light' || value === 'dark') root.dataset.theme = value;
    else delete root.dataset.theme;
    try {
      if (value === 'auto') localStorage.removeItem(THEME_KEY);
      else localStorage.setItem(THEME_KEY, value);
    } catch {
      /* not persisted, still applied */
    }
  });
}

// Mobile menu.
const menuToggle = document.querySelector<HTMLButtonElement>('[data-menu-toggle]');
const nav = document.getElementById('site-nav');
if (menuToggle && nav) {
  const setOpen = (open: boolean) => {
    menuToggle.setAttribute('aria-expanded', String(open));
    nav.toggleAttribute('data-open', open);
  };
  menuToggle.addEventListener('click', () => setOpen(menuToggle.getAttribute('aria-expanded') !== 'true'));
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && nav.hasAttribute('data-open')) {
      setOpen(false);
      menuToggle.focus();
    }
  });
}

// Copy-link anchors: follow the link (the address bar gets the #id) and copy the full URL.
document.addEventListener('click', (e) => {
  const anchor = (e.target as Element).closest<HTMLAnchorElement>('[data-copy-link]');
  if (!anchor) return;
  const url = new URL(anchor.href, location.href).href;
  navigator.clipboard?.writeText(url).then(
    () => announce(document.documentElement.lang === 'en' ? 'Link copied' : '链接已复制'),
    () => undefined,
  );
});

/** The id of the section the reader is in: the URL's #hash, else the last heading scrolled past. */
function currentSection(): string | undefined {
  if (location.hash.length > 1) return location.hash.slice(1);
  let id: string | undefined;
  for (const h of document.querySelectorAll<HTMLElement>('article h2[id], article h3[id]')) {
    if (h.getBoundingClientRect().top > 120) break;
    id = h.id;
  }
  return id;
}

// Language switch: same page, same section (both editions share heading ids).
document.querySelector<HTMLAnchorElement>('[data-lang-switch]')?.addEventListener('click', (e) => {
  const link = e.currentTarget as HTMLAnchorElement;
  const section = currentSection();
  const target = new URL(link.href, location.href);
  if (location.search && document.querySelector('[data-calculator]')) target.search = location.search;
  if (section) target.hash = section;
  link.href = target.href;
});

// Search: the dialog's code (src/scripts/search.ts) and Pagefind load on intent: the pointer over the
// button, focus on it, a touch, "/" or Ctrl/⌘-K. A page that is only read fetches none of it.
type SearchModule = typeof import('./search');
let searchModule: Promise<SearchModule> | undefined;
function loadSearch(): Promise<SearchModule> {
  searchModule ??= import(/* @vite-ignore */ searchUrl) as Promise<SearchModule>;
  searchModule.catch(() => (searchModule = undefined));
  return searchModule;
}
const unavailable = () => announce(document.querySelector<HTMLElement>('[data-search-open]')?.dataset.unavailable ?? 'Search unavailable');
const prepareSearch = () => loadSearch().then((m) => m.prepare()).catch(() => undefined);
const openSearch = () => loadSearch().then((m) => m.open(), unavailable);
for (const button of document.querySelectorAll('[data-search-open]')) {
  for (const type of ['pointerenter', 'focus', 'touchstart']) button.addEventListener(type, prepareSearch, { once: true, passive: true });
  button.addEventListener('click', openSearch);
}
document.addEventListener('keydown', (e) => {
  const target = e.target as HTMLElement;
  const typing = target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
  if ((e.key === 'k' && (e.metaKey || e.ctrlKey)) || (e.key === '/' && !typing && !e.metaKey && !e.ctrlKey && !e.altKey)) {
    e.preventDefault();
    void openSearch();
  }
});

// A page opened from a search result (?highlight=…) marks the searched terms, whole.
if (new URLSearchParams(location.search).has('highlight')) {
  // The same chunk as the dialog: after a search it is already in the cache.
  loadSearch().then((m) => m.highlightFromUrl(), () => undefined);
}
