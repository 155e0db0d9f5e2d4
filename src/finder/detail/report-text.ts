/**
 * "Report a mistake" where the district has no report address: a text in the user's language
 * that they send to their Lotse or advice service, who can pass it on. The entry's name stays
 * German (what the office is called) and the data version tells which data the user saw.
 */
import type { Entry, Lang } from '../../directory/types';
import { languageInfo } from '../../i18n/languages';
import { ltrIsolate } from './format';
import type { Translate } from './share-text';

/** What the report names. */
export interface ReportTextInput {
  readonly entry: Pick<Entry, 'name'>;
  /** Data version (Directory.version). */
  readonly version: string;
  /** The entry's link in the app. */
  readonly link: string;
  readonly lang: Lang;
  readonly t: Translate;
}

/** The report, one fact per line, with an empty line at the end for the user's own words. */
export function reportText({ entry, version, link, lang, t }: ReportTextInput): string {
  // German name and the version inside right-to-left text: keep each one left-to-right, whole.
  const keep = (s: string) => (languageInfo(lang)?.dir === 'rtl' ? ltrIsolate(s) : s);
  return [
    t('detail:report.text.intro'),
    t('detail:report.text.entry', { name: keep(entry.name) }),
    t('detail:report.text.version', { version: keep(version) }),
    link,
    t('detail:report.text.question'),
    '',
  ].join('\n');
}
