/**
 * Finds German phone numbers in running text ("Rufen Sie vorher 116 117 an", "Tel. (05651) 2283-0"),
 * so the data check can ask: is this number also among the entry's phones, where it is tappable
 * and kept up to date? Years, times, postcodes, dates and amounts are not numbers to call.
 */
import { telHref } from './phones';

/** Numbers everyone may name anywhere: the free emergency calls, fixed by law and never changed. */
export const EMERGENCY_NUMBERS: readonly string[] = ['110', '112'];

// Eastern Arabic (٠–٩) and Persian (۰–۹) digits, as a Dari or Arabic text may write them.
const EASTERN = /[\u0660-\u0669\u06f0-\u06f9]/g;
const latinDigits = (text: string) =>
  text.replace(EASTERN, (d) => String((d.codePointAt(0) ?? 0) - ((d.codePointAt(0) ?? 0) >= 0x06f0 ? 0x06f0 : 0x0660)));

// A run of digit groups joined by one space, slash or hyphen, perhaps "(0…)" or "+49" in front.
// ":" "." "," and the dash "–" end a run, so times (08:00), dates (1.6.2022) and spans (8–12) split.
const RUN = /(?:\+|\(?)\d+\)?(?:[ \u00a0/-]{1,3}\(?\d+\)?)*/g;
// Short service numbers a text may name: 110, 112, 115 (authorities), 116 xxx, 19222 (ambulance).
const SHORT = /^(?:11[025]|116\d{3}|19222)$/;

/** True when the digits of a run look like a number to call rather than a year or an amount. */
function isPhone(run: string, digits: string): boolean {
  if (run.startsWith('+')) return digits.length >= 8 && digits.length <= 15;
  if (digits.startsWith('0')) return digits.length >= 6 && digits.length <= 14;
  return SHORT.test(digits);
}

/** A number found in a text: as written there, and as its tel: link for comparing. */
export interface FoundPhone {
  readonly written: string;
  readonly href: string;
}

/** Every phone number in `text` ("tel:+49565122830" for "(05651) 2283-0", "tel:116117"). */
export function phonesInText(text: string): readonly FoundPhone[] {
  const found: FoundPhone[] = [];
  for (const match of latinDigits(text).matchAll(RUN)) {
    const run = match[0].trim();
    // A run glued to a letter or digit before it ("A4-12", "§24") is part of something else.
    const before = match.index === 0 ? '' : latinDigits(text).charAt((match.index ?? 0) - 1);
    if (/[\p{L}\d]/u.test(before)) continue;
    const digits = run.replace(/\D/g, '');
    if (!isPhone(run, digits)) continue;
    const href = telHref(run);
    if (href !== undefined) found.push({ written: run, href });
  }
  return found;
}

/** The numbers in `text` (as written there) that are not in `known` (as in data) nor emergency numbers. */
export function unknownPhones(text: string, known: readonly string[]): readonly string[] {
  const allowed = new Set([...known, ...EMERGENCY_NUMBERS].map(telHref));
  return [...new Set(phonesInText(text).filter((p) => !allowed.has(p.href)).map((p) => p.written))];
}
