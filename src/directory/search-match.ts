/**
 * Matching one query word against the index's word list: exact, prefix (typing), typos, and the
 * same name in another script via consonant skeletons. Returns how well each matched word fits.
 */
import { fuzzyLookup, indexOf, lowerBound, prefixRange } from './search-lookup';
import type { SearchIndex } from './search-index';
import { scriptOf, skeletons } from './transliterate';

/** How much each kind of match is worth, times the field weight. */
export const MATCH = {
  exact: 1,
  /** Prefix of a longer word: 0.5 plus up to 0.2 the more of the word is typed. */
  prefix: 0.5,
  otherScript: 0.75,
  otherScriptPrefix: 0.45,
  // Below 0.4, so a typo in the name (10) stays under an exact description word (4).
  typo1: 0.35,
  typo2: 0.25,
  typoPrefix1: 0.25,
  typoPrefix2: 0.15,
} as const;

// Typo lookups stop being useful (and only cost time) beyond this length.
const MAX_FUZZY_LENGTH = 32;
// One or two letters as a prefix only reach names, keywords, categories and towns: in the
// descriptions they begin thousands of words ("ا", "ال"), which costs time and finds noise.
const MIN_DESCRIPTION_PREFIX = 3;
// Bounds the work a vague typo or skeleton prefix can cause; exact prefixes are never cut.
const MAX_LOOSE_WORDS = 400;

/** Word position → best match factor. */
export type WordMatches = Map<number, number>;

function put(out: WordMatches, w: number, factor: number): void {
  if ((out.get(w) ?? 0) < factor) out.set(w, factor);
}

/** Edits allowed for a typed word: one from 4 letters, two from 8. */
export function allowedEdits(length: number): number {
  return length >= 8 ? 2 : length >= 4 ? 1 : 0;
}

function matchTypos(index: SearchIndex, form: string, out: WordMatches): void {
  const k = allowedEdits(form.length);
  if (k === 0 || form.length > MAX_FUZZY_LENGTH) return;
  let loose = 0;
  for (const hit of fuzzyLookup(index.words, form, k, form.length >= 5)) {
    // Zero edits are the exact and prefix matches, already counted higher.
    if (hit.edits === 0) continue;
    const one = hit.edits === 1;
    const factor = hit.whole ? (one ? MATCH.typo1 : MATCH.typo2) : one ? MATCH.typoPrefix1 : MATCH.typoPrefix2;
    for (let w = hit.start; w < hit.end && loose < MAX_LOOSE_WORDS; w++, loose++) put(out, w, factor);
  }
}

// Names in the index are German; a word typed in Cyrillic or Arabic script is compared with
// them by skeleton. Cyrillic and Arabic words in the index (keywords, translations) are matched
// directly, never by skeleton: between those scripts it only found false friends (Зонтра ~ سنتر).
function matchLatinNames(index: SearchIndex, form: string, out: WordMatches): void {
  const script = scriptOf(form);
  if ((script !== 'cyrillic' && script !== 'arabic') || form.length < 3) return;
  for (const key of skeletons(form)) {
    if (key.length < 2) continue;
    const [start, end] = prefixRange(index.skeletons, key);
    const sameEnd = lowerBound(index.skeletons, key + '\u0000', start, end);
    const stop = key.length >= 3 ? Math.min(end, sameEnd + MAX_LOOSE_WORDS) : sameEnd;
    for (let s = start; s < stop; s++) {
      put(out, index.skeletonWord[s] ?? 0, s < sameEnd ? MATCH.otherScript : MATCH.otherScriptPrefix);
    }
  }
}

/**
 * All index words matching any of the forms of one query word, with their match factor.
 * loose: also typos and other scripts (off for two query words joined, where it doubled the time).
 */
export function matchWord(index: SearchIndex, forms: readonly string[], loose = true): WordMatches {
  const out: WordMatches = new Map();
  // A word the names, keywords or categories know as typed is read as that word: "طوارئ" is
  // "emergency", not a transliteration whose consonants happen to fit "Werra" (it ranked above 112).
  // Town names stay open to transliteration: "Ешвеге" must still find "Eschwege" in names.
  const known = forms.some((f) => {
    const w = indexOf(index.words, f);
    return w >= 0 && index.shortWord[w] === 1 && index.townWord[w] !== 1;
  });
  for (const form of forms) {
    const exact = indexOf(index.words, form);
    if (exact >= 0) put(out, exact, MATCH.exact);
    const [start, end] = prefixRange(index.words, form);
    const everyWord = form.length >= MIN_DESCRIPTION_PREFIX;
    for (let w = start; w < end; w++) {
      if (w === exact || (!everyWord && index.shortWord[w] !== 1)) continue;
      put(out, w, MATCH.prefix + (0.2 * form.length) / (index.words[w] ?? form).length);
    }
    if (!loose) continue;
    if (scriptOf(form) !== 'other') matchTypos(index, form, out);
    if (!known) matchLatinNames(index, form, out);
  }
  return out;
}
