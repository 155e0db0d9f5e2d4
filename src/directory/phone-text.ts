/**
 * Phone numbers in running text ("Rufen Sie vorher 116 117 an", "Tel. (05651) 2283-0"), so the
 * data check can ask: is this number also among the entry's phones, where it is tappable and kept
 * up to date? The numbers are exactly those the app keeps left to right on screen (`tokenize`):
 * one finder, so the check compares what people see.
 */
import { latinDigits, tokenize } from './inline-tokens';
import { telHref } from './phones';

/** Numbers everyone may name anywhere: the free emergency calls, fixed by law and never changed. */
export const EMERGENCY_NUMBERS: readonly string[] = ['110', '112'];

/** A number found in a text: as written there, and as its tel: link for comparing. */
export interface FoundPhone {
  readonly written: string;
  readonly href: string;
}

/** Every phone number in `text` ("tel:+49565122830" for "(05651) 2283-0", "tel:116117"). */
export function phonesInText(text: string): readonly FoundPhone[] {
  return tokenize(text).flatMap((t) => {
    const href = t.kind === 'phone' ? telHref(latinDigits(t.text)) : undefined;
    return href === undefined ? [] : [{ written: t.text, href }];
  });
}

/** The numbers in `text` (as written there) that are not in `known` (as in data) nor emergency numbers. */
export function unknownPhones(text: string, known: readonly string[]): readonly string[] {
  const allowed = new Set([...known, ...EMERGENCY_NUMBERS].map(telHref));
  return [...new Set(phonesInText(text).filter((p) => !allowed.has(p.href)).map((p) => p.written))];
}
