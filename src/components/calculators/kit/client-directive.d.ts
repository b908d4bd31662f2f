/** `client:calc="<prefix>"` in .astro files: the calculators' hydration directive (directive.ts). */
declare namespace Astro {
  interface ClientDirectives {
    'client:calc'?: string;
  }
}
