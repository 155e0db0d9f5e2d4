/** Checks the Ukraine first-steps page (data/guide/ukraine.yaml). */
import type { ChecklistStep, Resource, UkrainePage, Who } from './types';
import {
  LIMITS, id, isRecord, isoDate, join, list, localized, own, phone, report, sources, unknownKeys, url,
  type Report,
} from './validate-fields';

// A step whose every source predates this year is probably out of date; office staff should look.
const FRESH_FROM_YEAR = 2023;

function who(r: Report, v: unknown, at: string, entry: string): Who | undefined {
  if (!isRecord(v)) return void report(r, entry, at, 'Fehlt: who (townHall, entry oder entries).');
  const kind = own(v, 'kind');
  if (kind === 'townHall') {
    unknownKeys(r, v, ['kind'], at, entry);
    return { kind };
  }
  if (kind === 'entry') {
    unknownKeys(r, v, ['kind', 'id'], at, entry);
    const ref = id(r, own(v, 'id'), join(at, 'id'), entry);
    return ref === undefined ? undefined : { kind, id: ref };
  }
  if (kind === 'entries') {
    unknownKeys(r, v, ['kind', 'ids'], at, entry);
    const raw = list(r, own(v, 'ids'), join(at, 'ids'), LIMITS.whoIds, entry);
    if (raw === undefined) return undefined;
    if (raw.length === 0) return void report(r, entry, join(at, 'ids'), 'Mindestens eine Eintrags-ID angeben.');
    const ids = raw.map((x, i) => id(r, x, join(join(at, 'ids'), i), entry));
    if (ids.some((x) => x === undefined)) return undefined;
    const clean = ids as string[];
    if (new Set(clean).size !== clean.length) return void report(r, entry, join(at, 'ids'), 'Eine Eintrags-ID steht doppelt.');
    return { kind, ids: clean };
  }
  return void report(r, entry, join(at, 'kind'), 'kind muss townHall, entry oder entries sein.');
}

function step(r: Report, v: unknown, at: string, index: number): ChecklistStep | undefined {
  if (!isRecord(v)) return void report(r, String(index), at, 'Ein Schritt muss ein Objekt sein.');
  const stepId = id(r, own(v, 'id'), join(at, 'id'), String(index));
  const entry = stepId ?? String(index);
  unknownKeys(r, v, ['id', 'title', 'text', 'who', 'sources', 'checked'], at, entry);
  const title = localized(r, own(v, 'title'), join(at, 'title'), LIMITS.title, entry);
  const body = localized(r, own(v, 'text'), join(at, 'text'), LIMITS.text, entry);
  const helper = who(r, own(v, 'who'), join(at, 'who'), entry);
  const srcs = sources(r, own(v, 'sources'), join(at, 'sources'), entry);
  const checked = isoDate(r, own(v, 'checked'), join(at, 'checked'), entry);
  if (srcs && srcs.every((s) => Number(s.asOf.slice(0, 4)) < FRESH_FROM_YEAR)) {
    report(r, entry, join(at, 'sources'), `Alle Quellen sind älter als ${FRESH_FROM_YEAR}. Bitte prüfen, ob der Schritt noch stimmt.`, true);
  }
  if (!stepId || !title || !body || !helper || !srcs || !checked) return undefined;
  return { id: stepId, title, text: body, who: helper, sources: srcs, checked };
}

function resource(r: Report, v: unknown, at: string, index: number): Resource | undefined {
  const entry = String(index);
  if (!isRecord(v)) return void report(r, entry, at, 'Eine Hilfe-Adresse muss ein Objekt sein.');
  unknownKeys(r, v, ['title', 'url', 'phone', 'sources'], at, entry);
  const title = localized(r, own(v, 'title'), join(at, 'title'), LIMITS.title, entry);
  const link = url(r, own(v, 'url'), join(at, 'url'), entry);
  const rawPhone = own(v, 'phone');
  const tel = rawPhone === undefined ? undefined : phone(r, rawPhone, join(at, 'phone'), entry);
  const srcs = sources(r, own(v, 'sources'), join(at, 'sources'), entry);
  if (!title || !link || !srcs || (rawPhone !== undefined && tel === undefined)) return undefined;
  return tel === undefined ? { title, url: link, sources: srcs } : { title, url: link, phone: tel, sources: srcs };
}

/** Checks the Ukraine page; problems go to `r`, the page comes back only when it is usable. */
export function checkUkrainePage(r: Report, v: unknown, at: string): UkrainePage | undefined {
  if (!isRecord(v)) return void report(r, undefined, at, 'Die Ukraine-Seite fehlt oder ist kein Objekt (intro, steps, resources, legalNote).');
  unknownKeys(r, v, ['intro', 'steps', 'resources', 'legalNote'], at);
  const intro = localized(r, own(v, 'intro'), join(at, 'intro'), LIMITS.intro);
  const legalNote = localized(r, own(v, 'legalNote'), join(at, 'legalNote'), LIMITS.legalNote);

  const rawSteps = list(r, own(v, 'steps'), join(at, 'steps'), LIMITS.steps);
  if (rawSteps?.length === 0) report(r, undefined, join(at, 'steps'), 'Mindestens ein Schritt.');
  const steps = rawSteps?.map((s, i) => step(r, s, join(join(at, 'steps'), i), i));
  const seen = new Set<string>();
  for (const s of steps ?? []) {
    if (s && seen.has(s.id)) report(r, s.id, join(at, 'steps'), `Die ID „${s.id}“ kommt mehrfach vor.`);
    if (s) seen.add(s.id);
  }

  const rawResources = list(r, own(v, 'resources'), join(at, 'resources'), LIMITS.resources);
  const resources = rawResources?.map((x, i) => resource(r, x, join(join(at, 'resources'), i), i));

  if (!intro || !legalNote || !steps || !resources || steps.length === 0) return undefined;
  if (steps.some((s) => !s) || resources.some((x) => !x) || seen.size !== steps.length) return undefined;
  return { intro, legalNote, steps: steps as ChecklistStep[], resources: resources as Resource[] };
}
