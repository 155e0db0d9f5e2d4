/**
 * "Report a mistake": an e-mail to the district office, filled in so the user only has to say
 * what is wrong. In German, because office staff read it; the mail app keeps it until there is
 * a connection.
 */
import type { Entry } from '../../directory/types';

/** What the report names, so staff find the entry and the data version the user saw. */
export interface ReportDetails {
  readonly entry: Pick<Entry, 'id' | 'name'>;
  /** Data version (Directory.version). */
  readonly version: string;
  /** The link to the entry in the app. */
  readonly link: string;
}

/** Subject line of the report. */
export function reportSubject(details: ReportDetails): string {
  return `Fehler im Wegweiser: ${details.entry.name} (${details.entry.id})`;
}

/** Body of the report: the facts for staff first, then room for the user's words. */
export function reportBody(details: ReportDetails): string {
  return [
    'Guten Tag,',
    '',
    'in diesem Eintrag ist etwas falsch oder veraltet:',
    '',
    `Eintrag: ${details.entry.name}`,
    `Kennung: ${details.entry.id}`,
    `Datenstand: ${details.version}`,
    `Link: ${details.link}`,
    '',
    'Was ist falsch? Was ist richtig?',
    '',
    '',
  ].join('\r\n');
}

/**
 * The mailto: link (RFC 6068): address, subject and body percent-encoded, line breaks as CRLF.
 * The address is data, so it is encoded too: a "?" in it must not start a second query.
 */
export function reportMailto(email: string, details: ReportDetails): string {
  const to = encodeURIComponent(email.trim()).replace(/%40/g, '@');
  return `mailto:${to}?subject=${encodeURIComponent(reportSubject(details))}&body=${encodeURIComponent(reportBody(details))}`;
}
