/**
 * Folds text for search, so that what people type matches what is written: case, German umlauts
 * (typed as "ue" or without dots), Arabic and Persian letter variants, short vowels, invisible
 * joiners and the Arabic article. Folded text is for comparing only, never for display.
 */

// Arabic harakat, Quranic marks, superscript alef and tatweel: often typed, rarely consistent.
const ARABIC_MARKS = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/g;
// Zero-width space/joiner, direction marks and BOM carry no letters.
const INVISIBLE = /[\u200b\u200d\u200e\u200f\u2066-\u2069\ufeff]/g;
// Ukrainian apostrophe in all its keyboard forms ("сім'я", "сімʼя", "сім’я").
const APOSTROPHES = /['\u2019\u02bc`\u00b4]/g;

const LETTERS: Readonly<Record<string, string>> = {
  // Alef with hamza or madda, and wasla, are written as plain alef by many users.
  'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ٲ': 'ا', 'ٳ': 'ا',
  // Arabic ya, alef maksura and the Persian ye (with or without dots) are one letter to a reader.
  'ى': 'ي', 'ی': 'ي', 'ې': 'ي', 'ئ': 'ي',
  // Persian keheh and Arabic kaf.
  'ک': 'ك', 'ڪ': 'ك',
  // Ta marbuta is often typed as ha; Persian heh forms too.
  'ة': 'ه', 'ۀ': 'ه', 'ە': 'ه', 'ھ': 'ه',
  'ؤ': 'و',
  'ä': 'a', 'ö': 'o', 'ü': 'u', 'ß': 'ss',
  'ё': 'е', 'ґ': 'г', 'ї': 'і',
};
const LETTER_RE = new RegExp(`[${Object.keys(LETTERS).join('')}]`, 'g');

function foldWord(w: string): string {
  // "ال" is the Arabic article: "الإقامة" should find "إقامة". Short words keep it ("الى" is a word).
  return w.length >= 4 && w.startsWith('ال') ? w.slice(2) : w;
}

/** Folds a text to lower-case search words separated by single spaces. */
export function fold(s: string): string {
  const base = s
    .normalize('NFC')
    .toLowerCase()
    .replace(ARABIC_MARKS, '')
    .replace(INVISIBLE, '')
    .replace(APOSTROPHES, '')
    .replace(LETTER_RE, (c) => LETTERS[c] ?? c)
    // Typed umlauts ("Buergergeld") fold like dotted ones; both sides are folded the same way.
    .replace(/ae/g, 'a')
    .replace(/oe/g, 'o')
    .replace(/ue/g, 'u')
    // The Persian zero-width non-joiner separates word parts; treat it like a space.
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return base === '' ? '' : base.split(' ').map(foldWord).join(' ');
}
