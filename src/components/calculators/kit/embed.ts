import { toLocale } from '../../../i18n/locales';
import type { FieldSpecs, FieldValues } from '../../../calculators/shared/fields';
import { assertPresets } from '../../../calculators/shared/field-schema';
import type { CalcLocale } from './format';
import { instancePrefix } from './instance';
import { pageUrl } from '../../../lib/urls';
import { writeParams } from '../../../calculators/shared/url-state';
import { kitEn, type KitLabels } from './labels.en';
import { kitZhCN } from './labels.zh-CN';
import type { IslandLabels } from './use-calc';

/** Props every wrapper takes. */
export interface EmbedProps {
  /** A preset id; an unknown id fails the build, naming the page. */
  preset?: string;
  /** Query prefix for this instance (lowercase letters and digits); see instance.ts. */
  name?: string;
  /** Values over the preset: a page's own scenario (`values={{ revenueYuan: 30000 }}`), checked against the field specs at build. */
  values?: Readonly<Record<string, unknown>>;
  /**
   * `static`: server-rendered only, no JavaScript: the result for these values and a link that
   * opens them in the calculator's own page. For pages that show many calculators at once (the
   * worked example), whose JavaScript would otherwise add up past the budget.
   */
  mode?: 'live' | 'static';
  /**
   * Appended to the title (`Payback · 双11 stress test`) when a page shows the same calculator
   * twice with its own `values`, so the two sections have distinct names (a preset's name is
   * used otherwise).
   */
  suffix?: string;
}

/** The parts of `Astro` a wrapper reads. */
interface EmbedAstro {
  props: EmbedProps;
  url: URL;
  locals: object;
  currentLocale: string | undefined;
}

/** A calculator's own strings in one language: the island's share and the server-only "how". */
export interface OwnLabels<Calc extends { title: string; presets: Record<string, string> }, How> {
  readonly calc: Calc;
  readonly how: How;
}

const checked = new Set<string>();
const cssKey = Symbol.for('yunying.calculatorCss');

/**
 * What every calculator wrapper works out the same way: the preset (an unknown id fails the
 * build, naming the page; presets outside their own field ranges fail it too), this embed's query
 * prefix, whether it is the first of its kind on the page (only that one shows "how this is
 * computed") and the first calculator at all (only that one links the stylesheet), the page
 * language's labels (the island receives the shared strings and its own, nothing server-only),
 * and the title, which carries a named preset's name so two embeds on a page differ.
 */
export function embedContext<S extends FieldSpecs, Id extends string, Calc extends { title: string; presets: Record<Id, string> }, How>(
  astro: EmbedAstro,
  o: {
    tag: string;
    stem: string;
    specs: S;
    presets: Record<Id, FieldValues<S>>;
    defaultPreset: Id;
    labels: Record<CalcLocale, OwnLabels<Calc, How>>;
    /** The calculator's own page (`calculators/roi`), where a static embed's link opens it. */
    slug: string;
  },
) {
  if (!checked.has(o.tag)) {
    assertPresets(o.tag, o.specs, o.presets);
    checked.add(o.tag);
  }
  const { name, preset: presetProp, values, mode = 'live', suffix } = astro.props;
  const preset = (presetProp ?? o.defaultPreset) as Id;
  if (!(preset in o.presets)) {
    throw new Error(`<${o.tag}>: unknown preset "${preset}" on ${astro.url.pathname} (presets: ${Object.keys(o.presets).join(', ')})`);
  }
  const full = { ...o.presets[preset], ...values } as FieldValues<S>;
  if (values) {
    const unknown = Object.keys(values).filter((k) => !(k in o.specs));
    if (unknown.length) throw new Error(`<${o.tag}>: unknown field ${unknown.join(', ')} in values on ${astro.url.pathname}`);
    assertPresets(`<${o.tag}> on ${astro.url.pathname}`, o.specs, { values: full });
  }
  const prefix = instancePrefix(astro.locals, o.stem, name);
  const locale: CalcLocale = toLocale(astro.currentLocale);
  const kit: KitLabels = locale === 'en' ? kitEn : kitZhCN;
  const own = o.labels[locale];
  const titleSuffix = suffix ?? (presetProp === undefined ? undefined : own.calc.presets[preset]);
  const store = astro.locals as { [cssKey]?: boolean };
  const firstCalculator = !store[cssKey];
  store[cssKey] = true;
  const island: { locale: CalcLocale; labels: IslandLabels<Calc>; preset: Id; prefix: string; titleSuffix: string | undefined; values?: Readonly<Record<string, unknown>> } = {
    locale,
    labels: { common: kit.common, errors: kit.errors, calc: own.calc },
    preset,
    prefix,
    titleSuffix,
    ...(values ? { values } : {}),
  };
  const open = `${pageUrl(locale, o.slug)}?${writeParams(new URLSearchParams(), o.stem, o.specs, full).toString()}#calc-${o.stem}`;
  return {
    prefix,
    /** Only the first embed of a kind on a page shows "how this is computed". */
    first: prefix === o.stem || name !== undefined,
    /** Only the first calculator of a page links the calculators' stylesheet. */
    firstCalculator,
    locale,
    kit,
    how: own.how,
    island,
    title: titleSuffix ? `${own.calc.title} · ${titleSuffix}` : own.calc.title,
    /** False for a static embed: the wrapper renders the island without `client:calc`. */
    live: mode !== 'static',
    /** A static embed's link: these values in the calculator's own page. */
    open: mode === 'static' ? open : null,
  };
}
