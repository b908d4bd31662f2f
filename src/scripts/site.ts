/**
 * The only script a reading page loads: theme choice, the mobile menu, the phone's contents bar,
 * copy-link anchors, the language switch keeping the current section, and the search trigger: the
 * search dialog and Pagefind are fetched only when a reader reaches for search (src/scripts/search.ts).
 */
import searchUrl from 'virtual:lazy/search';

const root = document.documentElement;
const THEME_KEY = 'yunying-theme';

const region = document.querySelector<HTMLElement>('[data-announcer]');
function announce(message: string): void {
  if (!region) return;
  region.textContent = '';
  setTimeout(() => (region.textContent = message), 50);
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

document.addEventListener('click', (e) => {
  const target = e.target as Element;
  // A row of the phone's contents bar closes the bar, so the section it leads to is not under it.
  if (target.closest('.toc-inline a')) target.closest('details')!.open = false;

  // Copy-link anchors: follow the link (the address bar gets the #id), copy the full URL and say
  // so under the button. Plain-HTTP hosts have no navigator.clipboard: copy from a text field.
  const anchor = target.closest<HTMLAnchorElement>('[data-copy-link]');
  if (!anchor) return;
  const done = (ok: boolean) => {
    const message = region?.dataset[ok ? 'copied' : 'copyFailed'] ?? '';
    announce(message);
    anchor.querySelector('.copy-note')?.remove();
    const note = document.createElement('span');
    note.className = 'copy-note';
    note.ariaHidden = 'true';
    note.textContent = message;
    anchor.append(note);
    setTimeout(() => note.remove(), 3000);
  };
  // The field lives for one synchronous step: it is gone before the next paint.
  const fallback = () => {
    const field = document.createElement('textarea');
    field.value = anchor.href;
    anchor.after(field);
    field.select();
    const ok = document.execCommand('copy');
    field.remove();
    done(ok);
  };
  if (navigator.clipboard) navigator.clipboard.writeText(anchor.href).then(() => done(true), fallback);
  else fallback();
});

// Opened at a #section, the page glides there (scroll-behavior: smooth); until it arrives, or the
// reader scrolls or types first, that section is the current one, though not yet on screen. A
// glide can end early (the browser restarts it as the page loads), so arriving means the section's
// top is near the top of the window when the scrolling stops.
const hashTarget = () => document.getElementById(location.hash.slice(1));
let arriving = location.hash.length > 1;
const arrived = () => (arriving = false);
for (const type of ['wheel', 'touchstart', 'keydown']) addEventListener(type, arrived, { once: true, passive: true });
addEventListener('scrollend', () => {
  const top = hashTarget()?.getBoundingClientRect().top;
  if (top === undefined || Math.abs(top) < 200) arrived();
});

/**
 * The id of the section the reader is in: the last heading scrolled past, or the address's #id
 * while the page is still gliding to it, or while it is on screen and not above it (a freshly
 * opened link, a short last section, an id that is not a heading). A #hash the reader has
 * scrolled away from no longer counts.
 */
function currentSection(): string | undefined {
  const hashed = hashTarget();
  if (arriving && hashed) return hashed.id;
  let id: string | undefined;
  let top = -Infinity;
  for (const h of document.querySelectorAll<HTMLElement>('article h2[id], article h3[id]')) {
    const y = h.getBoundingClientRect().top;
    if (y > 160) break;
    id = h.id;
    top = y;
  }
  const y = hashed?.getBoundingClientRect().top ?? -1;
  return hashed && y >= Math.max(top, 0) && y < innerHeight ? hashed.id : id;
}

// The phone's contents bar names the section on screen.
const current = document.querySelector<HTMLElement>('[data-toc-current]');
if (current) {
  addEventListener(
    'scroll',
    () => {
      const id = currentSection();
      current.textContent = (id && document.querySelector(`.toc-inline a[href="#${id}"]`)?.textContent) || '';
    },
    { passive: true },
  );
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
