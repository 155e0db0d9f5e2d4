/**
 * Glossary look-up: find a term by what a person types in any app language, and find glossary
 * words inside a text in any app language so the screen can link them to their explanation.
 */
import { MAX_QUERY_CHARS } from '../directory/normalize';
import { type Lang, LANGS } from '../directory/types';
import { fold } from './fold';
import type { GlossaryTerm } from './types';

interface Prepared {
  /** Folded names: the German word, its forms and the translations. */
  readonly names: readonly string[];
  readonly compactNames: readonly string[];
  /** Folded explanations in all languages, searched last. */
  readonly explain: string;
}

const prepared = new WeakMap<GlossaryTerm, Prepared>();

function prepare(t: GlossaryTerm): Prepared {
  let p = prepared.get(t);
  if (!p) {
    const names = [t.de, ...t.variants, ...LANGS.map((l) => t.translation[l])].map(fold).filter((n) => n !== '');
    p = {
      names,
      compactNames: names.map((n) => n.replaceAll(' ', '')),
      explain: LANGS.map((l) => fold(t.explain[l])).join(' '),
    };
    prepared.set(t, p);
  }
  return p;
}

// Lower is better; undefined means no match.
function rank(p: Prepared, q: string, tokens: readonly string[]): number | undefined {
  if (p.names.some((n) => n === q)) return 0;
  if (p.names.some((n) => n.startsWith(q))) return 1;
  if (p.names.some((n) => ` ${n}`.includes(` ${q}`))) return 2;
  const compact = q.replaceAll(' ', '');
  if (p.names.some((n) => n.includes(q)) || p.compactNames.some((n) => n.includes(compact))) return 3;
  if (tokens.every((tok) => p.names.some((n) => n.includes(tok)))) return 4;
  // Explanations are long; only words of three letters or more are worth looking for there.
  if (tokens.every((tok) => tok.length >= 3 && p.explain.includes(tok))) return 5;
  return undefined;
}

const byGerman = (a: GlossaryTerm, b: GlossaryTerm): number => a.de.localeCompare(b.de, 'de');

/**
 * Terms matching a query typed in German, Ukrainian, Arabic or Dari, best first. Tolerant of case,
 * umlauts, Arabic letter variants and short vowels. An empty query lists all terms A–Z.
 */
export function searchGlossary(terms: readonly GlossaryTerm[], query: string): GlossaryTerm[] {
  // Like the directory search, a pasted essay is cut rather than searched in full.
  const q = fold(query.slice(0, MAX_QUERY_CHARS));
  if (q === '') return [...terms].sort(byGerman);
  const tokens = q.split(' ');
  const hits: { term: GlossaryTerm; rank: number }[] = [];
  for (const term of terms) {
    const r = rank(prepare(term), q, tokens);
    if (r !== undefined) hits.push({ term, rank: r });
  }
  return hits.sort((a, b) => a.rank - b.rank || byGerman(a.term, b.term)).map((h) => h.term);
}

/** A glossary word found in a text: [start, end) in UTF-16 code units, like String.slice. */
export interface TermMatch {
  readonly start: number;
  readonly end: number;
  readonly termId: string;
}

interface Matcher {
  readonly termId: string;
  readonly length: number;
  readonly re: RegExp;
}

const matchers = new WeakMap<readonly GlossaryTerm[], Map<Lang, readonly Matcher[]>>();

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// A letter, digit, combining mark (Arabic short vowels, the Dari hamza above) or zero-width
// (non-)joiner next to a form means the form is part of a longer word.
const WORD_CHAR = '[\\p{L}\\p{N}\\p{M}\\u200c\\u200d]';

/** The forms of a term to look for in a text in `lang`: the German ones always (texts name offices in brackets), and the term's own word in that language. */
function formsOf(t: GlossaryTerm, lang: Lang): readonly string[] {
  return lang === 'de' ? [t.de, ...t.variants] : [t.de, ...t.variants, t.translation[lang]];
}

function compile(terms: readonly GlossaryTerm[], lang: Lang): readonly Matcher[] {
  let byLang = matchers.get(terms);
  if (!byLang) {
    byLang = new Map();
    matchers.set(terms, byLang);
  }
  let list = byLang.get(lang);
  if (!list) {
    const seen = new Set<string>();
    const built: Matcher[] = [];
    for (const t of terms) {
      for (const form of formsOf(t, lang)) {
        const key = form.trim().toLocaleLowerCase(lang);
        if (key === '' || seen.has(key)) continue;
        seen.add(key);
        // Whole words only: no letter, digit or mark may touch the form on either side.
        const body = key.split(/\s+/).map(escape).join('\\s+');
        built.push({ termId: t.id, length: key.length, re: new RegExp(`(?<!${WORD_CHAR})${body}(?!${WORD_CHAR})`, 'giu') });
      }
    }
    list = built.sort((a, b) => b.length - a.length);
    byLang.set(lang, list);
  }
  return list;
}

/**
 * Where glossary words occur in a text in `lang` (German by default): the German word and its
 * forms, and in the other languages also the term's word in that language. Whole words,
 * case-insensitive, longest form first, never overlapping, sorted by position.
 */
export function findTerms(text: string, terms: readonly GlossaryTerm[], lang: Lang = 'de'): TermMatch[] {
  const taken = new Uint8Array(text.length);
  const found: TermMatch[] = [];
  for (const m of compile(terms, lang)) {
    for (const hit of text.matchAll(m.re)) {
      const start = hit.index;
      const end = start + hit[0].length;
      if (taken.subarray(start, end).some((x) => x === 1)) continue;
      taken.fill(1, start, end);
      found.push({ start, end, termId: m.termId });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
