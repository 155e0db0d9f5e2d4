/**
 * Cross-script matching: every folded word (Latin, Ukrainian Cyrillic, Arabic/Persian script) is
 * mapped to one Latin consonant skeleton. A town typed as "Ешвеге", "اشفیگه" or "Eschwege" gives
 * the same skeleton "xfh", so names never seen before still match across scripts.
 *
 * The skeleton keeps only consonant classes, because Arabic script writes few vowels and the
 * three scripts render German sounds differently: Ukrainian г stands for both g and h, Arabic
 * writes German w as ف and g as غ or گ. Classes: b (b p), f (f v w), t (t d), s (s z ß),
 * x (sch), j (zh, dj), k (k c q), h (h g ch), l, m, n, r; "ts" for z and ц, "tx" for ч.
 */

/** Writing system of a word, by its first letter. */
export type Script = 'latin' | 'cyrillic' | 'arabic' | 'other';

const LATIN = /\p{Script=Latin}/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const ARABIC = /\p{Script=Arabic}/u;
const LETTER = /\p{L}/u;

/** The script of a word, taken from its first letter ('other' for digits and other scripts). */
export function scriptOf(word: string): Script {
  for (const c of word) {
    if (!LETTER.test(c)) continue;
    if (LATIN.test(c)) return 'latin';
    if (CYRILLIC.test(c)) return 'cyrillic';
    if (ARABIC.test(c)) return 'arabic';
    return 'other';
  }
  return 'other';
}

// Single letters of all three scripts; vowels and glides map to ''. Input is already folded
// (no і/є/ґ/ь, no alef variants, ی→ي, ک→ك, ة→ه).
const CLASS: Readonly<Record<string, string>> = {
  b: 'b', p: 'b', f: 'f', v: 'f', w: 'f', d: 't', t: 't', s: 's', z: 'ts', x: 'ks',
  k: 'k', q: 'k', g: 'h', h: 'h', l: 'l', m: 'm', n: 'n', r: 'r', c: 'k',
  б: 'b', п: 'b', в: 'f', ф: 'f', д: 't', т: 't', з: 's', с: 's', ц: 'ts', ш: 'x', щ: 'x',
  ж: 'j', ч: 'tx', к: 'k', г: 'h', х: 'h', л: 'l', м: 'm', н: 'n', р: 'r',
  'ب': 'b', 'پ': 'b', 'ت': 't', 'ط': 't', 'د': 't', 'ض': 't', 'ث': 's', 'ذ': 's', 'ز': 's',
  'س': 's', 'ص': 's', 'ظ': 's', 'ش': 'x', 'ج': 'j', 'ژ': 'j', 'چ': 'tx', 'ح': 'h', 'خ': 'h',
  'غ': 'h', 'گ': 'h', 'ه': 'h', 'ف': 'f', 'ڤ': 'f', 'ق': 'k', 'ك': 'k', 'ل': 'l', 'م': 'm',
  'ن': 'n', 'ر': 'r',
};

const LATIN_VOWELS = 'aeiouy';

function isLatinVowel(c: string | undefined): boolean {
  return c !== undefined && LATIN_VOWELS.includes(c);
}

// German spelling rules that need context; returns [classes, letters consumed] or undefined.
function latinRule(w: string, i: number): readonly [string, number] | undefined {
  const c = w[i];
  if (w.startsWith('sch', i)) return ['x', 3];
  // Word-initial st/sp is spoken scht/schp: Штутгарт, شتوتغارت.
  if (i === 0 && (w.startsWith('st', 0) || w.startsWith('sp', 0))) return [w[1] === 't' ? 'xt' : 'xb', 2];
  if (w.startsWith('ch', i)) return ['h', 2];
  if (w.startsWith('ck', i)) return ['k', 2];
  if (w.startsWith('ph', i)) return ['f', 2];
  if (w.startsWith('th', i)) return ['t', 2];
  if (w.startsWith('qu', i)) return ['kf', 2];
  if (c === 'c') {
    const next = w[i + 1];
    return [next !== undefined && 'eiy'.includes(next) ? 'ts' : 'k', 1];
  }
  // A German h after a vowel and before a consonant only lengthens the vowel (Bahnhof, Wehretal).
  if (c === 'h' && isLatinVowel(w[i - 1]) && !isLatinVowel(w[i + 1])) return ['', 1];
  return undefined;
}

/**
 * The Latin consonant skeleton of one folded word, in any of the three scripts.
 * skeleton("eschwege") = skeleton("ешвеге") = skeleton("اشفيگه") = "xfh".
 * wAt: positions of a و read as the consonant w rather than as a vowel.
 */
export function skeleton(word: string, wAt: readonly number[] = []): string {
  let raw = '';
  for (let i = 0; i < word.length; ) {
    const c = word[i] ?? '';
    if (c >= 'a' && c <= 'z') {
      const rule = latinRule(word, i);
      if (rule) {
        raw += rule[0];
        i += rule[1];
        continue;
      }
    }
    // Arabic و at the start of a word is the consonant w (وانفريد), elsewhere mostly a vowel.
    if (c === 'و') raw += i === 0 || wAt.includes(i) ? 'f' : '';
    // A final ه is the vowel e in names (اشفیگه); inside a word it is h.
    else if (c === 'ه' && i === word.length - 1) raw += '';
    else raw += CLASS[c] ?? '';
    i += 1;
  }
  let out = '';
  for (const c of raw) if (c !== out[out.length - 1]) out += c;
  return out;
}

// Beyond this many inner و, the rest are read as vowels (keeps the variants few).
const MAX_W_CHOICES = 3;

/**
 * All skeletons of a word: one, except that an inner Arabic-script و may be a vowel or the w of a
 * German name (Dari writes Eschwege as اشویگه), so both readings are given.
 */
export function skeletons(word: string): readonly string[] {
  const inner: number[] = [];
  for (let i = 1; i < word.length && inner.length < MAX_W_CHOICES; i++) if (word[i] === 'و') inner.push(i);
  const out = new Set<string>();
  for (let mask = 0; mask < 1 << inner.length; mask++) {
    out.add(skeleton(word, inner.filter((_, bit) => (mask >> bit) & 1)));
  }
  return [...out];
}
