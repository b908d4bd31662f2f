import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';

/** Registers the calculators' hydration directive, `client:calc` (directive.ts). */
export const calculatorDirective: AstroIntegration = {
  name: 'yunying:calculator-directive',
  hooks: {
    'astro:config:setup': ({ addClientDirective }) => {
      addClientDirective({ name: 'calc', entrypoint: fileURLToPath(new URL('./directive.ts', import.meta.url)) });
    },
  },
};
