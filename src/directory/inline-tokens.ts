/**
 * Finds phone numbers, e-mail and web addresses in running text. Inside Arabic or Dari text the
 * browser's bidi algorithm turns "116 117" into "117 116" and "05651 335580" into "335580 05651"
 * unless each number is isolated as one left-to-right unit; this finds what to isolate.
 * Pure: no DOM, so the rendering (RichText), the plain share text and the data check
 * (phone-text.ts) use the same pieces: the number the app isolates is the number the check compares.
 */

/** A piece of running text: plain, or something that must read left to right as one unit. */
export type InlineToken =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'phone' | 'email' | 'url'; readonly text: string }
  /** Latin-script words inside Arabic-script text: German terms, which wrap and hyphenate as German. */
  | { readonly kind: 'latin'; readonly text: string };

// Groups: +49 5651 2283-0, (05651) 335580, 05651/338092, 0800 40 40 020, 0800 111 0 111; the EU
// numbers 116 xxx; as words of their own (not "§ 112", not 1120, not 11:20) the emergency numbers
// 110 and 112, the authorities' 115 and the patient transport 19222.
const INTERNATIONAL = String.raw`\+\d{1,3}(?:[ \u00a0]?\(0\))?(?:[ \u00a0/-]?\d{1,6}){1,6}`;
const NATIONAL = String.raw`(?:\(0\d{2,5}\)|0\d{2,5})(?:[ \u00a0/-]?\d{1,8}){1,5}(?:-\d{1,4})?`;
const EU_116 = String.raw`116[ \u00a0]?\d{3}`;
const SHORT = String.raw`11[025]|19222`;
const PHONE = String.raw`(?<![\w+§/.-])(?<!§ )(?<!\d,)(?:${INTERNATIONAL}|${NATIONAL}|${EU_116}|${SHORT})(?![\w@]|[.,:]\d|[/-]\d)`;
const EMAIL = String.raw`(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}`;
const URL_RE = String.raw`(?:https?:\/\/|www\.)[^\s<>"]+`;
const TOKENS = new RegExp(`(${EMAIL})|(${URL_RE})|(${PHONE})`, 'gu');

// Eastern Arabic (٠–٩) and Persian (۰–۹) digits, as an Arabic or Dari text may write them.
const EASTERN = /[\u0660-\u0669\u06f0-\u06f9]/g;

/** The text with Eastern Arabic and Persian digits written as 0–9; one character for one, so positions hold. */
export function latinDigits(text: string): string {
  return text.replace(EASTERN, (d) => String((d.codePointAt(0) ?? 0) - ((d.codePointAt(0) ?? 0) >= 0x06f0 ? 0x06f0 : 0x0660)));
}

const ARABIC_SCRIPT = /[\u0600-\u06ff]/u;
const LATIN_RUN = /\p{Script=Latin}(?:[\p{Script=Latin}\d.'’-]|\s(?=[\p{Script=Latin}\d]))*/gu;

/** Punctuation that ends a sentence rather than a web address ("… unter www.x.de." or "(www.x.de)"). */
const URL_TAIL = /[.,;:!?)\]}'"»،؛؟]+$/u;

/**
 * Splits running text into plain text and phone, e-mail and web-address tokens, and in Arabic or
 * Dari text also the Latin-script (German) words; joined, the tokens are the text.
 */
export function tokenize(text: string): InlineToken[] {
  const out: InlineToken[] = [];
  let at = 0;
  const latin = ARABIC_SCRIPT.test(text);
  const pushText = (plain: string) => {
    if (!latin) return push({ kind: 'text', text: plain });
    let from = 0;
    for (const m of plain.matchAll(LATIN_RUN)) {
      push({ kind: 'text', text: plain.slice(from, m.index) });
      push({ kind: 'latin', text: m[0] });
      from = m.index + m[0].length;
    }
    push({ kind: 'text', text: plain.slice(from) });
  };
  const push = (token: InlineToken) => {
    const last = out[out.length - 1];
    if (token.kind === 'text' && last?.kind === 'text') out[out.length - 1] = { kind: 'text', text: last.text + token.text };
    else if (token.text) out.push(token);
  };
  // Matched on Latin digits, cut from the text as written: "۱۱۶ ۱۱۷" is found and stays Persian.
  for (const m of latinDigits(text).matchAll(TOKENS)) {
    let value = m[0];
    const kind = m[1] ? 'email' : m[2] ? 'url' : 'phone';
    if (kind === 'url') value = value.replace(URL_TAIL, '');
    // A closing bracket belongs to the address only when the address also opened one.
    if (kind === 'url' && value.includes('(') && !value.includes(')') && m[0].startsWith(`${value})`)) value += ')';
    if (value.length === 0) continue;
    // A German postcode (06618 Naumburg) is not a phone number: a number with its area code has 6+ digits.
    if (kind === 'phone' && value.startsWith('0') && value.replace(/\D/g, '').length < 6) continue;
    pushText(text.slice(at, m.index));
    push({ kind, text: text.slice(m.index, m.index + value.length) });
    at = m.index + value.length;
  }
  pushText(text.slice(at));
  return out;
}

/** U+2066 LEFT-TO-RIGHT ISOLATE … U+2069 POP DIRECTIONAL ISOLATE around a piece of plain text. */
export function ltrIsolate(text: string): string {
  return `\u2066${text}\u2069`;
}

/**
 * Plain text (shared by SMS or messenger) with every phone number, e-mail and web address
 * wrapped in a left-to-right isolate, so it reads right when pasted into Arabic or Dari text.
 */
export function isolateInline(text: string): string {
  return tokenize(text)
    .map((t) => (t.kind === 'text' || t.kind === 'latin' ? t.text : ltrIsolate(t.text)))
    .join('');
}

/**
 * Where an e-mail or web address may break across lines: after "/", "@", "?", "&", "=", "-" and
 * before "." (as style guides advise), never inside a word. The pieces joined are the address.
 */
export function addressPieces(address: string): string[] {
  return address.split(/(?<=[/@?&=_-])(?=[^/])|(?<=[^.])(?=\.)/u).filter((p) => p.length > 0);
}
