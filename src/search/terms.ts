/**
 * The search vocabulary, shared by the indexer (Node, after the build) and the search dialog
 * (browser, loaded on intent).
 *
 * Why: Pagefind splits a Chinese query with the browser's word segmenter (ICU) but indexed the pages
 * with another one (jieba, in Pagefind's extended binary). ICU cuts 客服 into 客|服 and 保证金 into
 * 保证|金, each half then matches as a prefix (客 finds 客户 and 顾客; 金 finds 现金), and the two
 * halves are highlighted one character at a time. Synonyms (双十一 for 双11, Singles' Day for
 * Double 11, 投产比 for ROAS) are not known to Pagefind at all.
 *
 * So each glossary term gets a token, a plain ASCII word (its id + `yytq`) that both segmenters
 * keep whole. The indexer writes the token after every form of the term in the copy of the page it
 * gives Pagefind (never in the page a reader gets), and the dialog replaces every form in the query
 * by the same token. A search for any form of a term then finds every section that uses any form of
 * it, ranked by Pagefind as usual; what the reader sees (excerpts, titles, highlights) has the
 * tokens taken out again and the forms marked whole.
 */

/** One term's forms in one edition: its hanzi, gloss and aliases as the prose writes them. */
export interface TermForms {
  id: string;
  forms: string[];
}

/**
 * The token a term is indexed and searched under: its id's letters, then `yytq` (deposit →
 * deposityytq, double-11 → double11yytq). Starting with the id, an English term's token sorts into
 * the same index chunk as the word a reader is typing, so finishing the word costs no other chunk;
 * `yytq` ends it, so no token is the prefix of another.
 */
export const tokenOf = (id: string): string => `${id.replace(/-/g, '')}yytq`;

/**
 * The id of a topic phrase (a heading's words, src/search/build-index.ts): derived from the phrase
 * itself (FNV-1a), so the dialog gets the phrases alone and makes the same tokens.
 */
export function phraseId(form: string): string {
  let h = 0x811c9dc5;
  for (const unit of new TextEncoder().encode(form)) h = Math.imul(h ^ unit, 0x01000193) >>> 0;
  return `h${h.toString(36)}`;
}

/** A token as it appears in indexed text, with the spaces the indexer wrote around it. */
export const tokenPattern = /[\s\u200b]*(?<![a-z0-9])[a-z0-9]+yytq(?![a-z0-9])[\s\u200b]*/g;

const cjkPunctuation = /[\u3000-\u303f\uff00-\uffef]/u;

/**
 * Removes tokens (and Pagefind's zero-width word separators) from text shown to a reader. The
 * spaces around a token go with it where Chinese needs none (between Han characters and Chinese
 * punctuation); between words of a spaced script one space stays.
 */
export function stripTokens(text: string): string {
  return text
    .replace(tokenPattern, (whole: string, at: number, all: string) => {
      const before = all[at - 1];
      const after = all[at + whole.length];
      if (before === undefined || after === undefined) return '';
      const tight = (c: string) => isHan(c) || cjkPunctuation.test(c);
      return tight(before) && tight(after) ? '' : ' ';
    })
    .replace(/\u200b/g, '');
}

const han = /\p{Script=Han}/u;
/** A letter or digit of a script written with spaces (Latin…): words end where these end. */
const spaced = /[\p{L}\p{N}]/u;
const isHan = (c: string | undefined): boolean => c !== undefined && han.test(c);
const isSpacedWordChar = (c: string | undefined): boolean => c !== undefined && !isHan(c) && spaced.test(c);

const escape = (c: string): string => c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * A form as a pattern that also matches the ways prose writes it: "双11" or "双 11", "Double 11" or
 * "Double-11", "Singles' Day", "Singles’ Day" or "Singles Day", and an English plural.
 */
export function formPattern(form: string): string {
  const chars = [...form.normalize('NFC').trim()];
  let out = '';
  chars.forEach((c, i) => {
    const prev = chars[i - 1];
    if (/\s/.test(c)) {
      out += '[\\s\\u00a0-]*';
      return;
    }
    if (c === "'" || c === '’') {
      out += "['’]?";
      return;
    }
    if (c === '-') {
      out += '[-\\s\\u00a0]?';
      return;
    }
    // Between Han and a Latin letter or digit, prose may or may not put a space.
    if (prev !== undefined && !/\s/.test(prev) && isHan(prev) !== isHan(c)) out += '[\\s\\u00a0]?';
    out += escape(c);
  });
  const last = chars.at(-1);
  if (last !== undefined && /[a-z]/i.test(last)) out += '(?:e?s)?';
  return out;
}

/** Compares forms regardless of case, spaces, hyphens and apostrophes. */
export const formKey = (text: string): string => text.normalize('NFC').toLowerCase().replace(/[\s\u00a0'’-]/g, '');

export interface Vocabulary {
  /** All forms, longest first. */
  pattern: RegExp;
  /** formKey(form) → term id; plural keys are tried without their ending. */
  byKey: Map<string, string>;
  /** id → forms, as given. */
  forms: Map<string, string[]>;
}

/** Compiles the terms of one edition. Throws on a form claimed by two terms or a token clash. */
export function compileVocabulary(terms: TermForms[]): Vocabulary {
  const byKey = new Map<string, string>();
  const forms = new Map<string, string[]>();
  const tokens = new Map<string, string>();
  for (const t of terms) {
    const token = tokenOf(t.id);
    for (const [other, otherToken] of tokens) {
      if (otherToken.startsWith(token) || token.startsWith(otherToken)) throw new Error(`search tokens of "${t.id}" and "${other}" clash`);
    }
    tokens.set(t.id, token);
    const list = [...new Set(t.forms.map((f) => f.trim()).filter((f) => formKey(f).length > 0))];
    forms.set(t.id, list);
    for (const f of list) {
      const key = formKey(f);
      const owner = byKey.get(key);
      if (owner !== undefined && owner !== t.id) throw new Error(`search form "${f}" belongs to both "${owner}" and "${t.id}"`);
      byKey.set(key, t.id);
    }
  }
  const all = [...forms.values()].flat().sort((a, b) => formKey(b).length - formKey(a).length || b.length - a.length);
  // An empty vocabulary matches nothing.
  const source = all.length > 0 ? all.map(formPattern).join('|') : '(?!)';
  return { pattern: new RegExp(source, 'giu'), byKey, forms };
}

function lookup(v: Vocabulary, matched: string): string | undefined {
  const key = formKey(matched);
  return v.byKey.get(key) ?? v.byKey.get(key.replace(/e?s$/, '')) ?? v.byKey.get(key.replace(/s$/, ''));
}

/** Word boundaries of Han text, as the reader's (or Node's) ICU word segmenter sees them. */
function hanBoundaries(text: string): Set<number> {
  const set = new Set<number>([0, text.length]);
  if (!han.test(text) || typeof Intl.Segmenter !== 'function') return set;
  for (const s of new Intl.Segmenter('zh', { granularity: 'word' }).segment(text)) set.add(s.index);
  return set;
}

export interface FormMatch {
  id: string;
  start: number;
  end: number;
}

/**
 * Where the vocabulary's forms occur in `text`: the longest form wins, and a form counts only as a
 * word: in a spaced script not inside a longer word; inside running Han text only where the word
 * segmenter (ICU) cuts at its start or its end. So 客服 is found in 客服标准 and 客服部 but not in
 * 顾客服务 or 乘客服务, where it straddles two words.
 */
export function findForms(text: string, v: Vocabulary): FormMatch[] {
  const out: FormMatch[] = [];
  let bounds: Set<number> | undefined;
  const re = new RegExp(v.pattern.source, v.pattern.flags);
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (m[0].length === 0) {
      re.lastIndex = start + 1;
      continue;
    }
    const first = text[start];
    const last = text[end - 1];
    let ok = true;
    if (isSpacedWordChar(first) && isSpacedWordChar(text[start - 1])) ok = false;
    if (isSpacedWordChar(last) && isSpacedWordChar(text[end])) ok = false;
    const joinedBefore = isHan(first) && isHan(text[start - 1]);
    const joinedAfter = isHan(last) && isHan(text[end]);
    if (ok && (joinedBefore || joinedAfter)) {
      // Inside running Han text, the segmenter must cut at one end at least: 顾客|服务 cuts at
      // neither end of 客服 (not the word), 客|服部 cuts before it (the word, mis-cut after).
      bounds ??= hanBoundaries(text);
      ok = (!joinedBefore || bounds.has(start)) || (!joinedAfter || bounds.has(end));
    }
    const id = ok ? lookup(v, m[0]) : undefined;
    if (id === undefined) {
      // Not a whole word here: try again from the next character.
      re.lastIndex = start + 1;
      continue;
    }
    out.push({ id, start, end });
  }
  return out;
}

/**
 * Text for the index: every form followed by its term's token ("保证金 yytdepositq"), so the
 * token sits in the same element, section and weight as the word it stands for.
 */
export function annotate(text: string, v: Vocabulary): string {
  const matches = findForms(text, v);
  if (matches.length === 0) return text;
  let out = '';
  let at = 0;
  for (const m of matches) {
    out += `${text.slice(at, m.end)} ${tokenOf(m.id)} `;
    at = m.end;
  }
  return out + text.slice(at);
}

export interface RewrittenQuery {
  /** What Pagefind searches: forms replaced by tokens. */
  text: string;
  /** Term ids the query named. */
  terms: string[];
  /** Strings to mark in excerpts and on the result page: the terms' forms, the other words whole. */
  marks: string[];
}

/** Rewrites what the reader typed: known terms become tokens, the rest stays as typed. */
export function rewriteQuery(query: string, v: Vocabulary): RewrittenQuery {
  const q = query.normalize('NFC').trim();
  const matches = findForms(q, v);
  const terms: string[] = [];
  const rest: string[] = [];
  let text = '';
  let at = 0;
  for (const m of matches) {
    rest.push(q.slice(at, m.start));
    text += `${q.slice(at, m.start)} ${tokenOf(m.id)} `;
    if (!terms.includes(m.id)) terms.push(m.id);
    at = m.end;
  }
  rest.push(q.slice(at));
  text += q.slice(at);
  const words = rest.flatMap((r) => r.split(/\s+/)).map((w) => w.replace(/^["'“”‘’(（]+|["'“”‘’)）,，。.!！?？:：;；]+$/g, '')).filter((w) => w.length > 0);
  const marks = [...new Set([...terms.flatMap((id) => v.forms.get(id) ?? []), ...words])];
  return { text: text.replace(/\s+/g, ' ').trim(), terms, marks };
}

/** A pattern that finds `marks` in text: whole strings, case-insensitive, spaced words to their end. */
export function markPattern(marks: string[]): RegExp | undefined {
  const list = [...new Set(marks.map((m) => m.trim()).filter(Boolean))].sort((a, b) => b.length - a.length);
  if (list.length === 0) return undefined;
  return new RegExp(
    list
      .map((m) => {
        const p = formPattern(m);
        // A spaced word as typed ("convers") marks the whole word it starts ("conversion").
        return isSpacedWordChar([...m].at(-1)) ? `${p}[\\p{L}\\p{N}]*` : p;
      })
      .join('|'),
    'giu',
  );
}

/** Splits text into plain and marked runs. */
export function markRuns(text: string, pattern: RegExp | undefined): { text: string; mark: boolean }[] {
  if (!pattern) return [{ text, mark: false }];
  const re = new RegExp(pattern.source, pattern.flags);
  const runs: { text: string; mark: boolean }[] = [];
  let at = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    // A spaced word marks only from the start of a word.
    if (isSpacedWordChar(text[m.index]) && isSpacedWordChar(text[m.index - 1])) {
      re.lastIndex = m.index + 1;
      continue;
    }
    if (m.index > at) runs.push({ text: text.slice(at, m.index), mark: false });
    runs.push({ text: m[0], mark: true });
    at = m.index + m[0].length;
  }
  if (at < text.length) runs.push({ text: text.slice(at), mark: false });
  return runs;
}
