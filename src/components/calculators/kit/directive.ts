/**
 * `client:calc="<prefix>"`: when a calculator island hydrates. Astro inlines this into pages that
 * have a calculator (about 0.4 KB); integration.ts registers it. The island hydrates at the first
 * of these moments, so nothing the reader does is lost and a shared link shows its own numbers:
 *
 * - at once when the URL carries this calculator's state (`?pay.…`) or points at it
 *   (`#calc-pay`): a trainer's link shows, and prints, its scenario without any scrolling;
 * - on the first interaction inside it (focus, pointer, key): typing starts the download, and the
 *   island adopts whatever was typed meanwhile (use-calc.ts, adoptTyped);
 * - when printing starts;
 * - when it comes within 300 px of the viewport (as `client:visible`).
 */
import type { ClientDirective } from 'astro';

const calcDirective: ClientDirective = (load, options, el) => {
  const prefix = String(options.value);
  const events = ['focusin', 'pointerdown', 'keydown'];
  let io: IntersectionObserver | undefined;
  const go = async () => {
    io?.disconnect();
    for (const e of events) el.removeEventListener(e, go, true);
    removeEventListener('beforeprint', go);
    if (el.dataset.calcLoading) return;
    el.dataset.calcLoading = '';
    await (await load())();
  };
  const { search, hash } = location;
  if (new RegExp(`(^|[?&])${prefix}\\.`).test(search) || hash === `#calc-${prefix}`) return void go();
  for (const e of events) el.addEventListener(e, go, true);
  addEventListener('beforeprint', go);
  io = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && go(), { rootMargin: '300px' });
  // astro-island is display: contents, so it has no box of its own to observe.
  for (const child of el.children) io.observe(child);
};

export default calcDirective;
