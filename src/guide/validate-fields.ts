/**
 * Field checks shared by the guide validator. Each check reports in plain German (office staff
 * read the messages) and returns the cleaned value, or undefined when the value is unusable.
 */
import { LANGS, type Lang, type Localized, type Source } from '../directory/types';
import type { Problem } from '../directory/problems';

/** Upper bounds for texts and lists, so a broken or hostile file cannot flood the app. */
export const LIMITS = {
  id: 64,
  word: 80,
  translation: 100,
  title: 120,
  phrase: 300,
  sourceTitle: 300,
  url: 500,
  explain: 700,
  legalNote: 800,
  text: 1500,
  intro: 1500,
  variants: 40,
  sources: 12,
  whoIds: 20,
  steps: 40,
  resources: 20,
  phrases: 200,
  glossary: 500,
} as const;

/** Collects problems for one source file. */
export interface Report {
  readonly file?: string;
  readonly problems: Problem[];
}

/** A new, empty report for a file. */
export function newReport(file?: string): Report {
  return file === undefined ? { problems: [] } : { file, problems: [] };
}

/** Adds an error (or a warning) for a field. */
export function report(r: Report, entry: string | undefined, field: string, message: string, warning = false): void {
  const p: Problem = {
    ...(r.file !== undefined && { file: r.file }),
    ...(entry !== undefined && { entry }),
    field,
    message,
    ...(warning && { warning: true }),
  };
  r.problems.push(p);
}

/** A plain object (not null, not an array). */
export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Reads an own property only, so inherited or prototype keys never count as data. */
export function own(obj: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(obj, key) ? obj[key] : undefined;
}

/** Warns about keys the format does not know (usually a typo that would silently drop data). */
export function unknownKeys(r: Report, obj: Record<string, unknown>, allowed: readonly string[], at: string, entry?: string): void {
  for (const key of Object.keys(obj)) {
    if (!allowed.includes(key)) report(r, entry, join(at, key), `Unbekanntes Feld „${key}“ wird ignoriert.`, true);
  }
}

/** Joins a dotted field path. */
export function join(at: string, key: string | number): string {
  return at === '' ? String(key) : `${at}.${key}`;
}

const HTML = /<\/?[a-z!?][^>]*>|<[a-z!?/]|&(?:[a-z]+|#\d+|#x[0-9a-f]+);/i;
// Tabs and line breaks are fine in longer texts; other control characters are never intended.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** A non-empty plain text up to `max` characters, returned trimmed. */
export function text(r: Report, v: unknown, at: string, max: number, entry?: string): string | undefined {
  if (typeof v !== 'string') {
    report(r, entry, at, v === undefined ? 'Fehlt.' : 'Muss ein Text sein.');
    return undefined;
  }
  const s = v.trim();
  if (s === '') return void report(r, entry, at, 'Ist leer.');
  if (s.length > max) return void report(r, entry, at, `Ist zu lang (${s.length} Zeichen, höchstens ${max}).`);
  if (HTML.test(s)) return void report(r, entry, at, 'Enthält HTML. Bitte nur einfachen Text schreiben.');
  if (CONTROL.test(s)) return void report(r, entry, at, 'Enthält unsichtbare Steuerzeichen.');
  return s;
}

/** A text in all four languages; every language must be present and non-empty. */
export function localized(r: Report, v: unknown, at: string, max: number, entry?: string): Localized | undefined {
  if (!isRecord(v)) {
    report(r, entry, at, v === undefined ? 'Fehlt (Text in de, uk, ar, fa-AF).' : 'Muss Texte in de, uk, ar und fa-AF enthalten.');
    return undefined;
  }
  unknownKeys(r, v, LANGS, at, entry);
  const out: Partial<Record<Lang, string>> = {};
  let complete = true;
  for (const lang of LANGS) {
    const s = text(r, own(v, lang), join(at, lang), max, entry);
    if (s === undefined) complete = false;
    else out[lang] = s;
  }
  return complete ? (out as Localized) : undefined;
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A stable id: lower-case ASCII letters, digits and single dashes. */
export function id(r: Report, v: unknown, at: string, entry?: string): string | undefined {
  if (typeof v !== 'string' || v.length > LIMITS.id || !ID.test(v)) {
    report(r, entry, at, 'Die ID muss aus Kleinbuchstaben a–z, Ziffern und Bindestrichen bestehen (z. B. „jobcenter-eschwege“).');
    return undefined;
  }
  return v;
}

function validDay(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** A full ISO date (YYYY-MM-DD) that exists in the calendar. */
export function isoDate(r: Report, v: unknown, at: string, entry?: string): string | undefined {
  const m = typeof v === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(v) : null;
  if (!m || !validDay(Number(m[1]), Number(m[2]), Number(m[3]))) {
    report(r, entry, at, 'Datum im Format JJJJ-MM-TT angeben (z. B. 2025-11-20).');
    return undefined;
  }
  return m[0];
}

/** The date of a source: a year, a year-month or a full date. */
export function asOf(r: Report, v: unknown, at: string, entry?: string): string | undefined {
  const s = typeof v === 'number' ? String(v) : v;
  const m = typeof s === 'string' ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(s) : null;
  const ok =
    m !== null &&
    Number(m[1]) >= 1900 &&
    (m[2] === undefined || (Number(m[2]) >= 1 && Number(m[2]) <= 12)) &&
    (m[3] === undefined || validDay(Number(m[1]), Number(m[2]), Number(m[3])));
  if (!ok) {
    report(r, entry, at, v === undefined ? 'Das Datum der Quelle fehlt (asOf: 2025, 2025-11 oder 2025-11-27).' : 'Datum der Quelle als 2025, 2025-11 oder 2025-11-27 angeben.');
    return undefined;
  }
  return m[0];
}

/** An absolute http(s) address. */
export function url(r: Report, v: unknown, at: string, entry?: string): string | undefined {
  if (typeof v === 'string' && v.length <= LIMITS.url && !/\s/.test(v)) {
    try {
      const u = new URL(v);
      if ((u.protocol === 'https:' || u.protocol === 'http:') && u.username === '' && u.password === '') return v;
    } catch {
      // Reported below, like every other unusable address.
    }
  }
  report(r, entry, at, 'Muss eine Web-Adresse sein, die mit https:// beginnt.');
  return undefined;
}

/** A phone number as dialled inside Germany. */
export function phone(r: Report, v: unknown, at: string, entry?: string): string | undefined {
  if (typeof v === 'string' && /^\+?[0-9][0-9 /-]{2,24}$/.test(v.trim())) return v.trim();
  report(r, entry, at, 'Telefonnummer nur mit Ziffern, Leerzeichen, / oder - angeben (z. B. „0800 110 3333“).');
  return undefined;
}

/** A list of at least one source, each with a title and a date. */
export function sources(r: Report, v: unknown, at: string, entry?: string): Source[] | undefined {
  if (!Array.isArray(v) || v.length === 0) {
    report(r, entry, at, 'Mindestens eine Quelle mit Titel und Datum angeben.');
    return undefined;
  }
  if (v.length > LIMITS.sources) return void report(r, entry, at, `Zu viele Quellen (höchstens ${LIMITS.sources}).`);
  const out: Source[] = [];
  v.forEach((raw: unknown, i) => {
    const f = join(at, i);
    if (!isRecord(raw)) return report(r, entry, f, 'Eine Quelle braucht title und asOf.');
    unknownKeys(r, raw, ['title', 'url', 'asOf'], f, entry);
    const title = text(r, own(raw, 'title'), join(f, 'title'), LIMITS.sourceTitle, entry);
    const date = asOf(r, own(raw, 'asOf'), join(f, 'asOf'), entry);
    const rawUrl = own(raw, 'url');
    const link = rawUrl === undefined ? undefined : url(r, rawUrl, join(f, 'url'), entry);
    if (title === undefined || date === undefined || (rawUrl !== undefined && link === undefined)) return;
    out.push(link === undefined ? { title, asOf: date } : { title, url: link, asOf: date });
  });
  return out.length === v.length ? out : undefined;
}

/** An array of at most `max` items; reports and returns undefined otherwise. */
export function list(r: Report, v: unknown, at: string, max: number, entry?: string): readonly unknown[] | undefined {
  if (!Array.isArray(v)) return void report(r, entry, at, v === undefined ? 'Fehlt (Liste).' : 'Muss eine Liste sein.');
  if (v.length > max) return void report(r, entry, at, `Zu viele Einträge (${v.length}, höchstens ${max}).`);
  return v;
}
