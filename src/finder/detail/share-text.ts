/**
 * The plain text a user shares about an entry: enough to find the office without the app, short
 * enough for an SMS. The name and address stay German (what the door and the bus driver say);
 * labels are in the user's language.
 */
import type { Entry, Lang } from '../../directory/types';
import { languageInfo } from '../../i18n/languages';
import { isolateInline } from '../../directory/inline-tokens';
import { addressLines, ltrIsolate } from './format';

/** Translation function, passed in so the text can be built and tested without i18next. */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

/** What goes into the shared text besides the entry. */
export interface ShareInput {
  readonly entry: Entry;
  readonly lang: Lang;
  /** The entry's link in the app. */
  readonly link: string;
  /** The usual week as lines (weekLines); undefined when the hours are not known. */
  readonly hours?: readonly string[];
  readonly t: Translate;
}

/** The shared text, one fact per line. */
export function shareText({ entry, lang, link, hours, t }: ShareInput): string {
  const rtl = languageInfo(lang)?.dir === 'rtl';
  const lines: string[] = [entry.name];
  if (entry.address) lines.push(...addressLines(entry.address));
  else lines.push(t('detail:address.unknown'));
  for (const phone of entry.phones) {
    const number = rtl ? ltrIsolate(phone.number) : phone.number;
    lines.push(t(phone.fax ? 'detail:share.fax' : 'detail:share.phone', { number }));
  }
  if (entry.phones.length === 0) lines.push(t('detail:phone.unknown'));
  if (hours && hours.length > 0) lines.push(`${t('detail:share.hours')}:`, ...hours);
  else lines.push(t('detail:hours.unknown'));
  const note = entry.hoursNote?.[lang] || entry.hoursNote?.de;
  // A number in the note ("call 116 117") must read left to right when pasted into Arabic text too.
  if (note) lines.push(rtl ? isolateInline(note) : note);
  lines.push(link);
  return lines.join('\n');
}
