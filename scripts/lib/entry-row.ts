/**
 * One entry as one flat spreadsheet row, and back. Lists are joined with " | ", sources and
 * conflicts with " || " between items. Reading a row does not judge it: the validator does.
 */
import { LANGS, type Entry, type Localized } from '../../src/directory/types';

const LOCALIZED = ['description', 'hoursNote', 'bring', 'transit'] as const;
const per = (field: string) => LANGS.map((lang) => `${field}_${lang}`);

/** The columns, in order. */
export const COLUMNS: readonly string[] = [
  'id', 'category', 'rank', 'name', ...per('description'), 'scope', 'scope_ags',
  'street', 'postcode', 'town', 'address_note', 'lat', 'lon', 'precision', 'location_source',
  'phones', ...per('phone_labels'), 'email', 'website', 'openingHours', ...per('hoursNote'),
  'languages', 'barrierFree', ...per('bring'), ...per('transit'), 'keywords', 'sources', 'checked', 'conflicts',
  'locatedElsewhere',
];

const FAX = ' (Fax)';

/** Joins list items; refuses items that contain the separator, since they could not be read back. */
function join(items: readonly string[], separator: ' | ' | ' || ', what: string): string {
  const bad = items.find((item) => item.includes(separator.trim()) || item !== item.trim());
  if (bad !== undefined) throw new Error(`${what}: "${bad}" enthält "${separator.trim()}" oder Leerzeichen am Rand; bitte im YAML ändern.`);
  return items.join(separator);
}

/** A text that goes into a joined cell must not start or end with spaces, which reading trims. */
function edge(text: string, what: string): string {
  if (text !== text.trim()) throw new Error(`${what}: "${text}" hat Leerzeichen am Anfang oder Ende; bitte im YAML ändern.`);
  return text;
}

/** An entry as a row of strings, one per column. */
export function entryToRow(e: Entry): Record<string, string> {
  const row: Record<string, string> = Object.fromEntries(COLUMNS.map((c) => [c, '']));
  const what = (field: string) => `${e.id} › ${field}`;
  Object.assign(row, { id: e.id, category: e.category, rank: e.rank === undefined ? '' : String(e.rank), name: e.name, scope: e.scope.kind });
  for (const field of LOCALIZED) for (const lang of LANGS) row[`${field}_${lang}`] = e[field]?.[lang] ?? '';
  if (e.scope.kind === 'municipalities') row.scope_ags = join(e.scope.ags, ' | ', what('scope'));
  Object.assign(row, {
    street: e.address?.street ?? '', postcode: e.address?.postcode ?? '', town: e.address?.town ?? '', address_note: e.address?.note ?? '',
    lat: e.location ? String(e.location.lat) : '', lon: e.location ? String(e.location.lon) : '',
    precision: e.location?.precision ?? '', location_source: e.location?.source ?? '',
    // "fax: false" and no fax field mean the same; the sheet only marks fax numbers.
    phones: join(e.phones.map((p) => p.number + (p.fax ? FAX : '')), ' | ', what('phones')),
    email: e.email ?? '', website: e.website ?? '', openingHours: e.openingHours ?? '',
    languages: join(e.languages, ' | ', what('languages')), barrierFree: e.barrierFree,
    keywords: join(e.keywords, ' | ', what('keywords')),
    sources: join(e.sources.map((s) => `${edge(s.title, what('sources'))} | ${s.url ?? ''} | ${s.asOf}`), ' || ', what('sources')),
    checked: e.checked ?? '',
    locatedElsewhere: e.locatedElsewhere ? 'true' : '',
    conflicts: join(e.conflicts.map((c) => `${join([c.field], ' | ', what('conflicts'))} | ${c.note}`), ' || ', what('conflicts')),
  });
  // One label column per language; a phone without a label keeps its empty place between the " | ".
  for (const lang of LANGS) {
    row[`phone_labels_${lang}`] = e.phones.some((p) => p.label) ? join(e.phones.map((p) => p.label?.[lang] ?? ''), ' | ', what('phones.label')) : '';
  }
  return row;
}

/** Splits a list cell; items are trimmed. */
const split = (cell: string, separator: string) => (cell.trim() === '' ? [] : cell.split(separator).map((s) => s.trim()));

/** Reads four language columns; all empty means the field is absent. */
function localized(row: Readonly<Record<string, string>>, field: string): Localized | undefined {
  const values = LANGS.map((lang) => row[`${field}_${lang}`] ?? '');
  return values.every((v) => v.trim() === '') ? undefined : (Object.fromEntries(LANGS.map((lang, i) => [lang, values[i]])) as Localized);
}

/** A number column; spreadsheets in German write "51,18" for 51.18. */
function number(cell: string): number | string {
  const text = cell.trim().replace(/^(-?\d+),(\d+)$/, '$1.$2');
  return text !== '' && Number.isFinite(Number(text)) ? Number(text) : cell;
}

/** A date column; spreadsheets may turn 2025-03-03 into 03.03.2025. */
function date(cell: string): string {
  const m = /^(\d\d)\.(\d\d)\.(\d{4})$/.exec(cell.trim());
  return m ? `${m[3]}-${m[2]}-${m[1]}` : cell.trim();
}

/** A row back into a raw entry, for the validator. Empty cells are absent fields. */
export function rowToEntry(row: Readonly<Record<string, string>>): Record<string, unknown> {
  // Codes, numbers and lists are trimmed; free texts are kept as they are, so a round trip keeps them exact.
  const cell = (column: string) => (row[column] ?? '').trim();
  const text = (column: string) => (cell(column) === '' ? undefined : row[column]);
  const numbers = split(cell('phones'), '|');
  const labels = LANGS.map((lang) => split(cell(`phone_labels_${lang}`), '|'));
  const phones = numbers.map((number, i) => {
    const fax = number.endsWith(FAX.trim());
    const label = LANGS.map((_, l) => labels[l]![i] ?? '');
    return {
      number: fax ? number.slice(0, -FAX.trim().length).trim() : number,
      ...(label.some((l) => l !== '') && { label: Object.fromEntries(LANGS.map((lang, l) => [lang, label[l]])) }),
      ...(fax && { fax: true }),
    };
  });
  const address = { street: text('street'), postcode: text('postcode')?.trim(), town: text('town'), note: text('address_note') };
  const hasLocation = ['lat', 'lon', 'precision', 'location_source'].some((c) => cell(c) !== '');
  const scope = cell('scope');
  const entry: Record<string, unknown> = {
    id: cell('id'), category: cell('category'), rank: cell('rank') === '' ? undefined : number(cell('rank')), name: row.name ?? '', description: localized(row, 'description'),
    // Spreadsheets drop the leading zero of a lone "06636003"; a 7-digit key can only mean that.
    scope: scope === 'municipalities' ? { kind: scope, ags: split(cell('scope_ags'), '|').map((a) => (/^\d{7}$/.test(a) ? `0${a}` : a)) } : { kind: scope },
    address: Object.values(address).some((v) => v !== undefined) ? Object.fromEntries(Object.entries(address).filter(([, v]) => v !== undefined)) : undefined,
    location: hasLocation ? { lat: number(cell('lat')), lon: number(cell('lon')), precision: cell('precision'), source: row.location_source ?? '' } : undefined,
    phones, email: text('email')?.trim(), website: text('website')?.trim(), openingHours: text('openingHours'),
    hoursNote: localized(row, 'hoursNote'), languages: split(cell('languages'), '|'), barrierFree: cell('barrierFree'),
    bring: localized(row, 'bring'), transit: localized(row, 'transit'), keywords: split(cell('keywords'), '|'),
    sources: split(cell('sources'), '||').map((item) => {
      const parts = item.split('|').map((p) => p.trim());
      const asOf = parts.pop() ?? '';
      const url = parts.length > 1 ? parts.pop() : undefined;
      return { title: parts.join(' | '), ...(url && { url }), asOf };
    }),
    // An empty cell means no documented check date: the field is left out.
    checked: cell('checked') === '' ? undefined : date(cell('checked')),
    // Anything but empty or "true" goes to the validator as text, which names the allowed values.
    locatedElsewhere: cell('locatedElsewhere') === '' ? undefined : cell('locatedElsewhere') === 'true' ? true : cell('locatedElsewhere'),
    conflicts: split(cell('conflicts'), '||').map((item) => {
      const at = item.indexOf('|');
      return at < 0 ? { field: '', note: item } : { field: item.slice(0, at).trim(), note: item.slice(at + 1).trim() };
    }),
  };
  return Object.fromEntries(Object.entries(entry).filter(([, v]) => v !== undefined));
}
