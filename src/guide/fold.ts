/**
 * Folds text for glossary search into one comparable string. The letter folding (case, accents,
 * harakat, Arabic and Persian letter variants, invisible marks, Ukrainian apostrophes) is the
 * directory search's; this adds what substring matching on whole names needs: one spelling per
 * German umlaut and Arabic words without their article. Folded text is for comparing only.
 */
import { foldWord, words } from '../directory/normalize';

function guideWord(word: string): string {
  // foldWord already turns "ü" into "u"; typed "ue" must land on the same spelling, and both sides
  // of a comparison are folded alike, so "Steuer" and "Steur" meeting is harmless.
  const f = foldWord(word).replace(/ae/g, 'a').replace(/oe/g, 'o').replace(/ue/g, 'u');
  // "ال" is the Arabic article: "الإقامة" should find "إقامة". Short words keep it ("الى" is a word).
  return f.length >= 4 && f.startsWith('ال') ? f.slice(2) : f;
}

/** Folds a text to lower-case search words separated by single spaces. */
export function fold(s: string): string {
  return words(s)
    .map(guideWord)
    .filter((w) => w !== '')
    .join(' ');
}
