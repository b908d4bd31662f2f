import TemplateSheet from '../components/templates/TemplateSheet.astro';
import Term from '../components/content/Term.astro';
import TermList from '../components/content/TermList.astro';
import TermTips from '../components/content/TermTips.astro';
import Src from '../components/content/Src.astro';
import Aside from '../components/content/Aside.astro';
import Summary from '../components/content/Summary.astro';
import DoNow from '../components/content/DoNow.astro';
import SourceUsage from '../components/content/SourceUsage.astro';
import H2 from '../components/content/H2.astro';
import H3 from '../components/content/H3.astro';
import Link from '../components/content/Link.astro';
import Table from '../components/content/Table.astro';
import TaskInput from '../components/content/TaskInput.astro';
import Num from '../components/content/Num.astro';
import Fact from '../components/content/Fact.astro';

/**
 * The calculator wrappers (`staffing/StaffingCalculator.astro`, …), picked up by file name so a
 * new calculator is available to MDX as soon as its wrapper exists. Importing them here costs a
 * page nothing it does not use: a wrapper links the calculators' stylesheet only when it renders
 * (kit/Embed.astro), so reading pages carry no calculator CSS.
 */
const calculatorModules = import.meta.glob<{ default: unknown }>('../components/calculators/*/*Calculator.astro', {
  eager: true,
});
const calculators = Object.fromEntries(
  Object.entries(calculatorModules).map(([path, mod]) => [path.replace(/^.*\/|\.astro$/g, ''), mod.default]),
);

/** Components every MDX page can use without importing them, and the element overrides. */
export const mdxComponents = {
  TemplateSheet,
  Src,
  Aside,
  Summary,
  DoNow,
  SourceUsage,
  Num,
  Fact,
  ...calculators,
  h2: H2,
  h3: H3,
  a: Link,
  table: Table,
  input: TaskInput,
  // The first use of a glossary term, inserted by src/lib/term-plugin.ts; the glossary page's groups.
  Term,
  TermTips,
  TermList,
};
