import { getCollection } from 'astro:content';
import type { Term } from '../schemas/glossary';

let terms: Promise<Term[]> | undefined;

/**
 * The glossary as Astro pages see it: the `glossary` collection (content/glossary.yaml, validated
 * entry by entry by TermSchema; the whole-file rules run in the MDX plugin and the tests).
 */
export function getTerms(): Promise<Term[]> {
  terms ??= getCollection('glossary').then((entries) => entries.map((e) => e.data));
  return terms;
}
