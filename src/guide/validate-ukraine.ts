/** Checks the Ukraine first-steps page (data/guide/ukraine.yaml). */
import { type At, at, get, optional, readChoice, readObj, report, required, unknownFields } from '../directory/validate-core';
import { readId, readIsoDate, readPhone, readUrl } from '../directory/validate-fields';
import type { ChecklistStep, Resource, UkrainePage, Who } from './types';
import { LIMITS, readEach, readPlainLocalized, readSources, uniqueIds } from './validate-fields';

/** Reads a step's `first` flag: only `true` is written (leave it out otherwise). */
export function readFirst(where: At, value: unknown): true | undefined {
  if (value === true) return true;
  report(where, `first darf nur true sein (sonst weglassen), nicht ${JSON.stringify(value)}.`);
  return undefined;
}

/** Reads a step's one plain sentence. */
export function readSummary(where: At, value: unknown) {
  return readPlainLocalized(where, value, LIMITS.summary);
}

/** Reads who helps with a step (also used by the other first-steps pages). */
export function readWho(where: At, value: unknown): Who | undefined {
  const obj = readObj(where, value, 'who mit kind (townHall, entry oder entries)');
  if (!obj) return undefined;
  const kind = required(where, obj, 'kind', (w, v) => readChoice(w, v, ['townHall', 'entry', 'entries'] as const));
  if (kind === 'townHall') {
    unknownFields(where, obj, ['kind']);
    return { kind };
  }
  if (kind === 'entry') {
    unknownFields(where, obj, ['kind', 'id']);
    const id = required(where, obj, 'id', readId);
    return id === undefined ? undefined : { kind, id };
  }
  if (kind !== 'entries') return undefined;
  unknownFields(where, obj, ['kind', 'ids']);
  const ids = required(where, obj, 'ids', (w, v) => readEach(w, v, LIMITS.whoIds, readId));
  if (!ids) return undefined;
  if (ids.length === 0) return void report(at(where, 'ids'), 'Mindestens eine Eintrags-ID angeben.');
  if (new Set(ids).size !== ids.length) return void report(at(where, 'ids'), 'Eine Eintrags-ID steht doppelt.');
  return { kind, ids };
}

function readStep(base: At, value: unknown, index: number): ChecklistStep | undefined {
  const obj = readObj({ ...base, entry: String(index) }, value, 'ein Schritt');
  if (!obj) return undefined;
  const id = required({ ...base, entry: String(index) }, obj, 'id', readId);
  const where: At = { ...base, entry: id ?? String(index) };
  unknownFields(where, obj, ['id', 'title', 'summary', 'first', 'text', 'who', 'sources', 'checked', 'reviewBy']);
  const title = required(where, obj, 'title', (w, v) => readPlainLocalized(w, v, LIMITS.title));
  const summary = required(where, obj, 'summary', readSummary);
  const rawFirst = get(obj, 'first');
  const first = rawFirst === undefined ? undefined : readFirst(at(where, 'first'), rawFirst);
  const text = required(where, obj, 'text', (w, v) => readPlainLocalized(w, v, LIMITS.text));
  const who = required(where, obj, 'who', readWho);
  const sources = required(where, obj, 'sources', readSources);
  const checked = optional(where, obj, 'checked', readIsoDate);
  // A check date is a claim too: it needs a source of that date that documents the check.
  if (checked !== undefined && sources !== undefined && !sources.some((s) => s.asOf === checked)) {
    report(at(where, 'checked'), `Geprüft am ${checked}, aber keine Quelle hat diesen Stand (asOf). Bitte die Prüfung als Quelle mit diesem Datum eintragen oder das Feld checked löschen.`);
  }
  // Whether the date has passed is for the data check (validate-review.ts): the app must still load the page.
  const reviewBy = required(where, obj, 'reviewBy', readIsoDate);
  if (!id || !title || !summary || !text || !who || !sources || !reviewBy || (get(obj, 'checked') !== undefined && checked === undefined)) return undefined;
  if (rawFirst !== undefined && first === undefined) return undefined;
  return { id, title, summary, ...(first && { first }), text, who, sources, ...(checked !== undefined && { checked }), reviewBy };
}

/** Reads one help address (also used by the other first-steps pages). */
export function readResource(base: At, value: unknown, index: number): Resource | undefined {
  const where: At = { ...base, entry: String(index) };
  const obj = readObj(where, value, 'eine Hilfe-Adresse');
  if (!obj) return undefined;
  unknownFields(where, obj, ['title', 'url', 'phone', 'sources']);
  const title = required(where, obj, 'title', (w, v) => readPlainLocalized(w, v, LIMITS.title));
  const url = required(where, obj, 'url', readUrl);
  const rawPhone = get(obj, 'phone');
  const phone = rawPhone === undefined ? undefined : readPhone(at(where, 'phone'), rawPhone);
  const sources = required(where, obj, 'sources', readSources);
  if (!title || !url || !sources || (rawPhone !== undefined && phone === undefined)) return undefined;
  return phone === undefined ? { title, url, sources } : { title, url, phone, sources };
}

/** Checks the Ukraine page at `where`; the page comes back only when it is usable. */
export function checkUkrainePage(where: At, value: unknown): UkrainePage | undefined {
  const obj = readObj(where, value, 'die Ukraine-Seite (intro, steps, resources, legalNote)');
  if (!obj) return undefined;
  unknownFields(where, obj, ['intro', 'steps', 'resources', 'legalNote']);
  const intro = required(where, obj, 'intro', (w, v) => readPlainLocalized(w, v, LIMITS.intro));
  const legalNote = required(where, obj, 'legalNote', (w, v) => readPlainLocalized(w, v, LIMITS.legalNote));
  const steps = required(where, obj, 'steps', (w, v) => readEach(w, v, LIMITS.steps, readStep));
  if (steps?.length === 0) report(at(where, 'steps'), 'Mindestens ein Schritt.');
  const unique = steps !== undefined && uniqueIds(at(where, 'steps'), steps);
  const resources = required(where, obj, 'resources', (w, v) => readEach(w, v, LIMITS.resources, readResource));
  if (!intro || !legalNote || !steps || steps.length === 0 || !unique || !resources) return undefined;
  return { intro, legalNote, steps, resources };
}
