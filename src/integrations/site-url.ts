/**
 * Where the site lives. SITE_URL (or `astro build --site <url>`) is the public origin that
 * canonical links, hreflang alternates, the sitemap and every printed handout's addresses are
 * built from. Without it a build falls back to http://127.0.0.1:4321, right for `npm start` and
 * `npm test` on this machine and wrong everywhere else: a deployed site would print localhost on
 * every handout. So a production build without it says so, loudly; a SITE_URL that is not an
 * absolute http(s) address fails the build.
 */
import type { AstroIntegration } from 'astro';

/** Where `npm start` / `astro preview` serve the site. */
export const LOCAL_SITE = 'http://127.0.0.1:4321';

export interface SiteChoice {
  site: string;
  /** Given by SITE_URL or the --site flag, rather than the local fallback. */
  explicit: boolean;
}

/** The site origin for this run, from the environment and the CLI arguments. */
export function chooseSite(env: Record<string, string | undefined>, argv: readonly string[]): SiteChoice {
  const fromEnv = env.SITE_URL?.trim();
  if (fromEnv) {
    let url: URL | undefined;
    try {
      url = new URL(fromEnv);
    } catch {
      /* reported below */
    }
    if (!url || !/^https?:$/.test(url.protocol)) {
      throw new Error(`SITE_URL must be an absolute http(s) address such as https://playbooks.example.com (got "${fromEnv}")`);
    }
    return { site: fromEnv, explicit: true };
  }
  const flag = argv.some((a) => a === '--site' || a.startsWith('--site='));
  return { site: LOCAL_SITE, explicit: flag };
}

/** The warning a production build without SITE_URL prints. */
export function missingSiteWarning(site: string): string {
  const rule = '!'.repeat(72);
  return [
    rule,
    `SITE_URL is not set: this build's canonical links, hreflang, sitemap and printed`,
    `handout addresses all say ${site}.`,
    'Fine for npm start and npm test on this machine; wrong for any deployed site.',
    'Deploy with: SITE_URL=https://your.host npm run build',
    rule,
  ].join('\n');
}

/** Warns at `astro build` when the site is the local fallback. */
export function siteUrlIntegration(choice: SiteChoice): AstroIntegration {
  return {
    name: 'yunying:site-url',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command === 'build' && !choice.explicit) logger.warn(`\n${missingSiteWarning(choice.site)}`);
      },
    },
  };
}
