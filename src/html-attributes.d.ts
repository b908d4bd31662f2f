/**
 * HTML attributes Astro's JSX types do not list yet.
 * `interestfor` (interest invokers: show a popover on hover, focus or long-press without JavaScript)
 * is used by src/components/content/Term.astro; Chromium ships it, other engines ignore it.
 */
declare namespace astroHTML.JSX {
  interface ButtonHTMLAttributes {
    interestfor?: string | undefined | null;
  }
}
