/**
 * Text normalisation for search: every word is reduced to one folded form per script, so that
 * "Straße" = "Strasse", "أ" = "ا", "ی" = "ي", "ґ" = "г", and invisible marks never split or hide
 * a word. Index and query go through the same functions, so both sides always agree.
 */

/** Longest query the search looks at; longer input is cut, not rejected. */
export const MAX_QUERY_CHARS = 200;

// Bidi marks, ZWJ/ZWNJ, soft hyphen (all Cf) and the Arabic tatweel carry no meaning for search.
// ZWNJ sits inside Persian words, so it is removed rather than treated as a space.
const INVISIBLE = /[\p{Cf}\u0640]/gu;
// Ukrainian writes the apostrophe inside words (сім'я) with any of these characters.
const APOSTROPHES = /['’ʼ‘`´ʹʻ]/g;
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const MARKS = /\p{M}+/gu;
const UMLAUT = /[äöü]/;

// Applied after canonical decomposition and mark removal (so ї, й, أ, ؤ are already plain).
// Cyrillic: a Russian keyboard lacks і, є, ґ, so those fold to what such a user would type.
const LETTERS: Readonly<Record<string, string>> = {
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ı: 'i', þ: 'th',
  ґ: 'г', є: 'е', і: 'и', ы: 'и', э: 'е', ь: '', ъ: '',
  'ٱ': 'ا', 'ى': 'ي', 'ی': 'ي', 'ې': 'ي', 'ک': 'ك', 'ة': 'ه', 'ە': 'ه', 'ھ': 'ه', 'ء': '',
};

function foldChar(c: string): string {
  const mapped = LETTERS[c];
  if (mapped !== undefined) return mapped;
  const code = c.charCodeAt(0);
  // Arabic-Indic and Persian digits count as the same numbers as 0-9.
  if (code >= 0x0660 && code <= 0x0669) return String(code - 0x0660);
  if (code >= 0x06f0 && code <= 0x06f9) return String(code - 0x06f0);
  return c;
}

// A stretch of text that may hold words: letters, marks, digits and what prepare() removes.
// Splitting first lets callers cache the expensive per-word steps. Surrogates count as inside
// (astral letters); WORD sorts them out after preparation.
const STRETCH_CHAR = /[\p{L}\p{M}\p{N}\p{Cf}\u0640'’ʼ‘`´ʹʻ\ud800-\udfff]/u;
// Per UTF-16 unit: 0 not yet known, 1 inside a stretch, 2 outside. Filled on first sight,
// because testing the regex per character made splitting the slowest part of an index build.
const unitClass = new Uint8Array(0x10000);

function inStretch(unit: number): boolean {
  let c = unitClass[unit] ?? 0;
  if (c === 0) {
    c = STRETCH_CHAR.test(String.fromCharCode(unit)) ? 1 : 2;
    unitClass[unit] = c;
  }
  return c === 1;
}

/** Prepares text for splitting: compatibility forms, lower case, invisible marks gone. */
export function prepare(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(INVISIBLE, '').replace(APOSTROPHES, '');
}

/** The stretches of a text that words come from; words(text) = stretches → wordsOfStretch. */
export function stretches(text: string): string[] {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    if (inStretch(text.charCodeAt(i))) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      out.push(text.slice(start, i));
      start = -1;
    }
  }
  if (start >= 0) out.push(text.slice(start));
  return out;
}

/** The prepared words of one stretch (usually one word, none for invisible marks alone). */
export function wordsOfStretch(stretch: string): string[] {
  return prepare(stretch).match(WORD) ?? [];
}

/** The words of a text as written (prepared, not yet folded). */
export function words(text: string): string[] {
  return stretches(text).flatMap(wordsOfStretch);
}

/** The folded form of one prepared word: no accents or harakat, one letter per sound class. */
export function foldWord(word: string): string {
  const s = word.normalize('NFD').replace(MARKS, '');
  let out = '';
  for (const c of s) out += foldChar(c);
  return out;
}

// Arabic article and the particles glued to it: "العمل", "بالعمل", "للعمل" also index as "عمل".
function withoutArticle(folded: string): string | undefined {
  for (const p of ['وال', 'بال', 'فال', 'كال']) {
    if (folded.startsWith(p) && folded.length >= p.length + 2) return folded.slice(p.length);
  }
  if ((folded.startsWith('ال') || folded.startsWith('لل')) && folded.length >= 4) return folded.slice(2);
  return undefined;
}

/**
 * Every searchable form of one prepared word, the plain folded form first: German umlauts also as
 * "ae/oe/ue" (Witzenhäuser = Witzenhaeuser), Arabic words also without the article.
 */
export function wordForms(word: string): readonly string[] {
  const folded = foldWord(word);
  if (folded === '') return [];
  const forms = [folded];
  if (UMLAUT.test(word)) {
    const spelled = foldWord(word.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue'));
    if (spelled !== folded) forms.push(spelled);
  }
  const bare = withoutArticle(folded);
  if (bare !== undefined) forms.push(bare);
  return forms;
}

/** The folded words of a text, in order (one form per word, for phrase checks). */
export function foldedWords(text: string): string[] {
  const out: string[] = [];
  for (const w of words(text)) {
    const f = foldWord(w);
    if (f !== '') out.push(f);
  }
  return out;
}
