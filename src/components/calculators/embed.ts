import { toLocale } from '../../i18n/locales';
import { calculatorLabels } from './labels';
import type { CalculatorLabels } from './labels/en';
import { instancePrefix } from './instance';

type Kind = 'staffing' | 'roi' | 'payback';

/** The parts of `Astro` a wrapper reads. */
interface EmbedAstro {
  props: { preset?: string | undefined; name?: string | undefined };
  url: URL;
  locals: object;
  currentLocale: string | undefined;
}

/**
 * What every calculator wrapper works out the same way: the preset (an unknown id fails the
 * build, naming the page), this embed's query prefix, whether it is the first of its kind
 * (only that one shows "how this is computed"), the page language's labels (all of them for the
 * server, and the island's share), and the title,
 * which carries a named preset's name so two embeds on a page have distinct names.
 */
export function embedContext<K extends Kind, Id extends string>(
  astro: EmbedAstro,
  o: { kind: K; tag: string; stem: string; presets: Record<Id, unknown>; defaultPreset: Id },
) {
  const { name, preset: presetProp } = astro.props;
  const preset = presetProp ?? o.defaultPreset;
  if (!(preset in o.presets)) {
    throw new Error(`<${o.tag}>: unknown preset "${preset}" on ${astro.url.pathname} (presets: ${Object.keys(o.presets).join(', ')})`);
  }
  const prefix = instancePrefix(astro.locals, o.stem, name);
  const locale = toLocale(astro.currentLocale);
  const all: CalculatorLabels = calculatorLabels(locale);
  const own = all[o.kind];
  const titleSuffix = presetProp === undefined ? undefined : (own.presets as Record<string, string>)[preset];
  return {
    preset: preset as Id,
    prefix,
    first: prefix === o.stem || name !== undefined,
    locale,
    all,
    /** What the island receives: the shared strings and its own section, nothing server-only. */
    labels: { common: all.common, errors: all.errors, [o.kind]: own } as Pick<CalculatorLabels, 'common' | 'errors' | K>,
    titleSuffix,
    title: titleSuffix ? `${own.title} · ${titleSuffix}` : own.title,
  };
}
