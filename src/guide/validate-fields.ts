/**
 * Guide-specific readers on top of the directory validator's building blocks: texts are trimmed
 * and may not hold HTML entities (the screens show them as plain text), and sources are lists.
 */
import { type At, at, get, isObj, readList, readLocalized, readObj, readText, report, required, unknownFields } from '../directory/validate-core';
import { readSourceDate, readUrl } from '../directory/validate-fields';
import type { Localized, Source } from '../directory/types';

/** Upper bounds for texts and lists, so a broken or hostile file cannot flood the app. */
export const LIMITS = {
  word: 80,
  translation: 100,
  title: 120,
  summary: 150,
  phrase: 300,
  sourceTitle: 300,
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

// The directory validator already refuses tags; an entity would show up literally ("&amp;").
const ENTITY = /&(?:[a-z]+|#\d+|#x[0-9a-f]+);/i;

const trimmed = (v: unknown): unknown => (typeof v === 'string' ? v.trim() : v);

function noEntity(where: At, s: string | undefined): string | undefined {
  if (s !== undefined && ENTITY.test(s)) return void report(where, 'Der Text enthält HTML-Zeichen wie &amp;. Bitte nur einfachen Text schreiben.');
  return s;
}

/** A non-empty one-line text up to `max` characters, returned trimmed. */
export function readPlain(where: At, value: unknown, max: number): string | undefined {
  return noEntity(where, readText(where, trimmed(value), { max }));
}

/** A text in all four languages, each trimmed and non-empty. */
export function readPlainLocalized(where: At, value: unknown, max: number): Localized | undefined {
  const clean = isObj(value) ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, trimmed(v)])) : value;
  const text = readLocalized(where, clean, { max });
  if (!text) return undefined;
  const bad = Object.entries(text).filter(([lang, s]) => noEntity(at(where, lang), s) === undefined);
  return bad.length === 0 ? text : undefined;
}

function readSource(where: At, value: unknown): Source | undefined {
  const obj = readObj(where, value, 'eine Quelle mit title und asOf');
  if (!obj) return undefined;
  unknownFields(where, obj, ['title', 'url', 'asOf']);
  const title = required(where, obj, 'title', (w, v) => readPlain(w, v, LIMITS.sourceTitle));
  const asOf = required(where, obj, 'asOf', readSourceDate);
  const rawUrl = get(obj, 'url');
  const url = rawUrl === undefined ? undefined : readUrl(at(where, 'url'), rawUrl);
  if (title === undefined || asOf === undefined || (rawUrl !== undefined && url === undefined)) return undefined;
  return url === undefined ? { title, asOf } : { title, url, asOf };
}

/** A list of at least one source, each with a title and a date. */
export function readSources(where: At, value: unknown): Source[] | undefined {
  const list = readList(where, value, LIMITS.sources);
  if (!list) return undefined;
  if (list.length === 0) return void report(where, 'Mindestens eine Quelle mit Titel und Stand (asOf) ist nötig.');
  const sources = list.map((s, i) => readSource(at(where, i), s));
  return sources.every((s) => s !== undefined) ? (sources as Source[]) : undefined;
}

/** Each item of a list read with `read`; undefined when the list or any item is unusable. */
export function readEach<T>(where: At, value: unknown, max: number, read: (w: At, v: unknown, i: number) => T | undefined): T[] | undefined {
  const list = readList(where, value, max);
  if (!list) return undefined;
  const items = list.map((v, i) => read(at(where, i), v, i));
  return items.every((x) => x !== undefined) ? (items as T[]) : undefined;
}

/** Reports every id that occurs more than once; true when all are unique. */
export function uniqueIds(where: At, items: readonly { readonly id: string }[]): boolean {
  const seen = new Set<string>();
  let unique = true;
  for (const { id } of items) {
    if (seen.has(id)) {
      report({ ...where, entry: id }, `Die ID „${id}“ kommt mehrfach vor.`);
      unique = false;
    }
    seen.add(id);
  }
  return unique;
}
