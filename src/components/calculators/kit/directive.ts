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

const calcDirective: ClientDirective = (load, { value }, el) => {
  let started = false;
  const go = async () => {
    if (started) return;
    started = true;
    io.disconnect();
    await (await load())();
  };
  const io = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && go(), { rootMargin: '300px' });
  if (new RegExp(`(^|[?&])${value}\\.`).test(location.search) || location.hash === `#calc-${value}`) return void go();
  // Left in place after hydration: `go` then returns at once.
  for (const e of ['focusin', 'pointerdown', 'keydown']) el.addEventListener(e, go, true);
  addEventListener('beforeprint', go);
  // astro-island is display: contents, so it has no box of its own to observe.
  for (const child of el.children) io.observe(child);
};

export default calcDirective;
