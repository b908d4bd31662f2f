/**
 * Astro's Container API set up as the calculator wrappers need it: the Preact renderer, the
 * calculators' `client:calc` directive (the build compiles kit/directive.ts; here any script stands
 * in for it) and the site's two locales. `useWrapperRenderer()` creates the container before the
 * file's tests and returns `render(component, path, props?, locals?)`.
 */
import { beforeAll } from 'vitest';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { getContainerRenderer } from '@astrojs/preact/container-renderer';
import { loadRenderers } from 'astro:container';

type Component = Parameters<AstroContainer['renderToString']>[0];

export function useWrapperRenderer() {
  let container: AstroContainer;
  beforeAll(async () => {
    const renderers = await loadRenderers([getContainerRenderer()]);
    container = await AstroContainer.create({
      renderers,
      manifest: { clientDirectives: new Map([['calc', '/* client:calc */']]) } as never,
      astroConfig: { i18n: { locales: ['zh-CN', 'en'], defaultLocale: 'zh-CN', routing: { prefixDefaultLocale: false } } },
    });
  });
  return (component: Component, path: string, props: Record<string, unknown> = {}, locals: object = {}) =>
    container.renderToString(component, { request: new Request(`http://localhost${path}`), props, locals: locals as App.Locals });
}
