/**
 * Building blocks of the directory validator: a capped problem list, a cursor that knows file,
 * entry and dotted field, and readers that turn untrusted values into typed ones or report why not.
 */
import type { Problem } from './problems';
import { LANGS, type Lang, type Localized } from './types';

/** At most this many errors are collected; hostile input must not flood memory or the screen. */
export const MAX_ERRORS = 300;

/** Collects the problems of one validation run. */
export class Problems {
  readonly list: Problem[] = [];
  private errorCount = 0;

  /** Number of errors (warnings excluded). */
  get errors(): number {
    return this.errorCount;
  }

  /** True once the error cap is reached: callers stop looking further. */
  get full(): boolean {
    return this.errorCount >= MAX_ERRORS;
  }

  /** Adds a problem unless the cap is reached; the last one says that more were left out. */
  add(problem: Problem): void {
    if (this.full) return;
    if (problem.warning) {
      if (this.list.length < MAX_ERRORS * 20) this.list.push(problem);
      return;
    }
    this.errorCount++;
    this.list.push(problem);
    if (this.full) {
      this.list.push({ field: '', message: `Mehr als ${MAX_ERRORS} Fehler: die Prüfung wurde abgebrochen.` });
    }
  }
}

/** Where a value sits: the run's problem list, file, entry and dotted field path. */
export interface At {
  readonly problems: Problems;
  readonly file?: string;
  readonly entry?: string;
  readonly path: string;
}

/** The cursor one level deeper. */
export function at(base: At, key: string | number): At {
  return { ...base, path: base.path === '' ? String(key) : `${base.path}.${key}` };
}

/** Records an error (or a warning) at the cursor. */
export function report(where: At, message: string, warning = false): void {
  where.problems.add({
    ...(where.file !== undefined ? { file: where.file } : {}),
    ...(where.entry !== undefined ? { entry: where.entry } : {}),
    field: where.path,
    message,
    ...(warning ? { warning: true } : {}),
  });
}

/** A plain object read from JSON or YAML. */
export type Obj = Readonly<Record<string, unknown>>;

/** True for a plain object (not null, not an array). */
export function isObj(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Own property only, so "constructor" or "__proto__" never reach the validator. */
export function get(obj: Obj, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(obj, key) ? obj[key] : undefined;
}

/** Reads an object or reports that one was expected. */
export function readObj(where: At, value: unknown, what: string): Obj | undefined {
  if (isObj(value)) return value;
  report(where, `Hier wird ${what} erwartet (Felder mit Namen), nicht ${describe(value)}.`);
  return undefined;
}

/** Warns about fields the format does not know (often a typo such as "phone" for "phones"). */
export function unknownFields(where: At, obj: Obj, known: readonly string[]): void {
  for (const key of Object.keys(obj).slice(0, 50)) {
    if (!known.includes(key)) {
      report(at(where, key), `Unbekanntes Feld – Tippfehler? Bekannt sind: ${known.join(', ')}.`, true);
    }
  }
}

/** A short German description of what was found instead. */
export function describe(value: unknown): string {
  if (value === null || value === undefined) return 'nichts';
  if (Array.isArray(value)) return 'eine Liste';
  if (typeof value === 'string') return 'ein Text';
  if (typeof value === 'number') return `die Zahl ${value}`;
  if (typeof value === 'boolean') return value ? 'ja (true)' : 'nein (false)';
  if (typeof value === 'object') return 'ein Objekt';
  return 'ein unbekannter Wert';
}

/** Limits and shape of a text field. */
export interface TextRule {
  readonly max: number;
  /** Line breaks allowed (descriptions and notes). */
  readonly multiline?: boolean;
}

// Control characters other than tab and line breaks; U+FFFD marks a text already broken by a wrong encoding.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFD]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// As in HTML, a tag or comment starts with "<" directly followed by a letter, "/", "!" or "?";
// "Kinder < 6 Jahre" or "< Amt" stay allowed.
const MARKUP = /<[a-zA-Z/!?]/;

/** Reads a non-empty text within the rule's limits, without markup or control characters. */
export function readText(where: At, value: unknown, rule: TextRule): string | undefined {
  if (typeof value !== 'string') {
    const hint = typeof value === 'number' ? ' Zahlen bitte in Anführungszeichen schreiben ("…").' : '';
    report(where, `Hier wird ein Text erwartet, nicht ${describe(value)}.${hint}`);
    return undefined;
  }
  if (value.trim() === '') return void report(where, 'Der Text ist leer. Bitte ausfüllen oder das Feld weglassen.');
  if (value.length > rule.max) {
    return void report(where, `Der Text ist zu lang (${value.length} Zeichen, höchstens ${rule.max}). Bitte kürzen.`);
  }
  if (CONTROL.test(value) || LONE_SURROGATE.test(value)) {
    return void report(where, 'Der Text enthält Steuerzeichen oder kaputte Zeichen. Bitte neu eintippen.');
  }
  if (!rule.multiline && /[\r\n\t]/.test(value)) {
    return void report(where, 'Der Text muss in eine Zeile passen (keine Zeilenumbrüche oder Tabs).');
  }
  if (MARKUP.test(value)) {
    return void report(where, 'Der Text enthält HTML oder "<". Bitte nur einfachen Text schreiben.');
  }
  return value;
}

/** Reads a text that must also match a pattern; `hint` says what a right value looks like. */
export function readPattern(where: At, value: unknown, max: number, pattern: RegExp, hint: string): string | undefined {
  const text = readText(where, value, { max });
  if (text === undefined) return undefined;
  if (!pattern.test(text)) return void report(where, `"${text.slice(0, 60)}" passt nicht: ${hint}`);
  return text;
}

/** Reads a text in all four languages, each present and non-empty. */
export function readLocalized(where: At, value: unknown, rule: TextRule): Localized | undefined {
  const obj = readObj(where, value, 'ein Text in den Sprachen de, uk, ar und fa-AF');
  if (!obj) return undefined;
  unknownFields(where, obj, LANGS);
  const out: Partial<Record<Lang, string>> = {};
  let ok = true;
  for (const lang of LANGS) {
    const raw = get(obj, lang);
    if (raw === undefined || raw === null) {
      report(at(where, lang), `Die Übersetzung (${lang}) fehlt. Alle vier Sprachen sind nötig.`);
      ok = false;
      continue;
    }
    const text = readText(at(where, lang), raw, rule);
    if (text === undefined) ok = false;
    else out[lang] = text;
  }
  return ok ? (out as Localized) : undefined;
}

/** Reads a list of at most `max` items. */
export function readList(where: At, value: unknown, max: number): readonly unknown[] | undefined {
  if (!Array.isArray(value)) return void report(where, `Hier wird eine Liste erwartet, nicht ${describe(value)}.`);
  if (value.length > max) return void report(where, `Die Liste ist zu lang (${value.length}, höchstens ${max}).`);
  return value;
}

/** Reads a finite number within [min, max]. */
export function readNumber(where: At, value: unknown, min: number, max: number): number | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    return void report(where, `Hier wird eine Zahl erwartet, nicht ${describe(value)}.`);
  }
  if (value < min || value > max) return void report(where, `Die Zahl ${value} liegt nicht zwischen ${min} und ${max}.`);
  return value;
}

/** Reads one of a fixed set of words. */
export function readChoice<T extends string>(where: At, value: unknown, choices: readonly T[]): T | undefined {
  if (typeof value === 'string' && (choices as readonly string[]).includes(value)) return value as T;
  report(where, `Erlaubt sind nur: ${choices.join(', ')} (gefunden: ${typeof value === 'string' ? `"${value.slice(0, 40)}"` : describe(value)}).`);
  return undefined;
}

/** Reads an optional field: absent or null is fine, anything else goes through `read`. */
export function optional<T>(where: At, obj: Obj, key: string, read: (w: At, v: unknown) => T | undefined): T | undefined {
  const value = get(obj, key);
  return value === undefined || value === null ? undefined : read(at(where, key), value);
}

/** Reads a required field; absent or null is reported as missing. */
export function required<T>(where: At, obj: Obj, key: string, read: (w: At, v: unknown) => T | undefined): T | undefined {
  const value = get(obj, key);
  if (value === undefined || value === null) return void report(at(where, key), 'Pflichtfeld fehlt. Bitte ausfüllen.');
  return read(at(where, key), value);
}
