/**
 * Rules for the data check only, not for a downloaded update in the app: they depend on today's
 * date (`now`, a parameter so tests can fix it) or look across entries. Each problem names the
 * entry and field like the validator does, so the data check can print file and line.
 */
import { sourceAge } from './freshness';
import { unknownPhones } from './phone-text';
import type { Problem } from './problems';
import type { Directory, Entry, Localized } from './types';
import { LANGS } from './types';

/** Where each entry came from (same order as the entries), to name the file in problems. */
export type EntryFiles = readonly (string | undefined)[];

type Report = (entry: Entry, field: string, message: string, warning?: boolean) => void;

/** The running texts of an entry in which a phone number may be written, with their field names. */
function runningTexts(entry: Entry): [string, string][] {
  const localized = (field: string, text: Localized | undefined): [string, string][] =>
    text ? LANGS.map((lang) => [`${field}.${lang}`, text[lang]]) : [];
  return [
    ...localized('description', entry.description),
    ...localized('hoursNote', entry.hoursNote),
    ...localized('bring', entry.bring),
    ...localized('transit', entry.transit),
    ...(entry.address?.note !== undefined ? ([['address.note', entry.address.note]] as [string, string][]) : []),
  ];
}

// Conflict notes are left out on purpose: they quote what another source says, numbers included.
function checkPhonesInText(entry: Entry, report: Report): void {
  const known = entry.phones.map((p) => p.number);
  for (const [field, text] of runningTexts(entry)) {
    for (const number of unknownPhones(text, known)) {
      report(entry, field, `Im Text steht die Nummer ${number}, sie fehlt aber bei phones. Bitte bei phones eintragen (wenn die Quelle sie nennt) oder aus dem Text nehmen.`);
    }
  }
}

function checkOldSources(entry: Entry, now: Date, rule: Directory['region']['freshness'], report: Report): void {
  entry.sources.forEach((source, i) => {
    if (sourceAge(source.asOf, now, rule).old) {
      report(entry, `sources.${i}.asOf`, `Quelle von ${source.asOf}: älter als ${rule.checkBeforeVisitAfterYears} Jahre. Bitte prüfen, ob die Angaben noch stimmen.`, true);
    }
  });
}

const sameBuilding = (a: Entry, b: Entry) =>
  a.address?.street !== undefined && a.address.street === b.address?.street && a.address.town === b.address.town;

/**
 * Entries on one point are only honest when the point is marked approximate (precision town),
 * or when they name the same street address: one building, several offices.
 */
function checkSharedPoints(entries: readonly Entry[], report: Report): void {
  const byPoint = new Map<string, Entry[]>();
  for (const e of entries) {
    if (!e.location) continue;
    const key = `${e.location.lat},${e.location.lon}`;
    byPoint.set(key, [...(byPoint.get(key) ?? []), e]);
  }
  for (const group of byPoint.values()) {
    if (group.length < 2) continue;
    for (const e of group) {
      if (e.location?.precision === 'town' || group.every((o) => sameBuilding(o, e))) continue;
      const others = group.filter((o) => o !== e).map((o) => o.id).join(', ');
      report(e, 'location', `Dieser Punkt gehört auch zu ${others}, ist aber als genau (${e.location?.precision}) markiert. Bitte den genauen Punkt aus einer Quelle eintragen oder precision: town setzen.`);
    }
  }
}

/** The data-check rules for a valid directory at `now`; `files` names each entry's file. */
export function checkDirectoryPolicy(directory: Directory, now: Date, files: EntryFiles = []): Problem[] {
  const problems: Problem[] = [];
  const index = new Map(directory.entries.map((e, i) => [e, i]));
  const report: Report = (entry, field, message, warning = false) => {
    const file = files[index.get(entry) ?? -1];
    problems.push({ ...(file !== undefined && { file }), entry: entry.id, field, message, ...(warning && { warning: true }) });
  };
  for (const entry of directory.entries) {
    checkPhonesInText(entry, report);
    checkOldSources(entry, now, directory.region.freshness, report);
  }
  checkSharedPoints(directory.entries, report);
  return problems;
}
