import type { Entry, Phone } from './types';

/**
 * The tel: link for a number as written in Germany, in international form ("05651 2283-0" →
 * "tel:+49565122830"), so a phone with a Ukrainian or other foreign SIM dials it right too.
 * Short service numbers (112, 116 117) stay as they are. "(0)" after a country code is dropped.
 * Undefined when the text holds no number.
 */
export function telHref(number: string): string | undefined {
  const kept = number.replace(/\(0\)/g, '').replace(/[^\d+]/g, '');
  const digits = kept.replace(/\+/g, '');
  if (!digits) return undefined;
  if (kept.startsWith('+')) return `tel:+${digits}`;
  if (digits.startsWith('00')) return `tel:+${digits.slice(2)}`;
  if (digits.startsWith('0')) return `tel:+49${digits.slice(1)}`;
  return `tel:${digits}`;
}

/** The numbers of an entry one can call: fax numbers and text without a number left out. */
export function callablePhones(entry: Entry): readonly Phone[] {
  return entry.phones.filter((p) => !p.fax && telHref(p.number) !== undefined);
}
