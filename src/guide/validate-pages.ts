/**
 * Checks the first-steps pages besides the Ukraine page (data/guide/asylum.yaml, protection.yaml)
 * and the everyday topics (data/guide/topics.yaml). Every step and topic needs dated sources and a
 * review-by date: legal statements go stale, and the date says when someone must look again.
 */
import { type At, at, get, readObj, report, required, unknownFields } from '../directory/validate-core';
import { readId, readIsoDate } from '../directory/validate-fields';
import type { Source } from '../directory/types';
import type { FirstStepsId, FirstStepsPage, PageStep, TopicPage, Who } from './types';
import { LIMITS, readEach, readPlain, readPlainLocalized, readSources, uniqueIds } from './validate-fields';
import { readFirst, readResource, readSummary, readWho } from './validate-ukraine';

type Obj = Readonly<Record<string, unknown>>;

/** The first-steps pages, each in its own file named like its id. */
export const FIRST_STEPS_PAGES: readonly FirstStepsId[] = ['asylum', 'protection'];

const MAX_KEYWORDS = 60;
const MAX_TOPICS = 60;

function readKeywords(where: At, value: unknown): string[] | undefined {
  return readEach(where, value, MAX_KEYWORDS, (w, v) => readPlain(w, typeof v === 'number' ? String(v) : v, LIMITS.word));
}

/** The review date must not lie before the newest source: that review would already be due. */
function checkReviewBy(where: At, reviewBy: string, sources: readonly Source[]): void {
  const newest = sources.map((s) => s.asOf).sort().at(-1) ?? '';
  if (reviewBy < newest) report(at(where, 'reviewBy'), `reviewBy (${reviewBy}) liegt vor der neuesten Quelle (${newest}).`);
}

function readOptionalWho(where: At, obj: Obj): Who | null | undefined {
  const raw = get(obj, 'who');
  return raw === undefined ? null : readWho(at(where, 'who'), raw);
}

/** One step or topic body: title, text, who (optional), sources, reviewBy; `extra` fields allowed. */
function readBody(where: At, obj: Obj, textMax: number, extra: readonly string[]) {
  unknownFields(where, obj, ['id', 'title', 'text', 'who', 'sources', 'reviewBy', ...extra]);
  const title = required(where, obj, 'title', (w, v) => readPlainLocalized(w, v, LIMITS.title));
  const text = required(where, obj, 'text', (w, v) => readPlainLocalized(w, v, textMax));
  const who = readOptionalWho(where, obj);
  const sources = required(where, obj, 'sources', readSources);
  const reviewBy = required(where, obj, 'reviewBy', readIsoDate);
  // "checked" says when someone looked; these pages say when someone must look again instead.
  const checked = get(obj, 'checked') !== undefined;
  if (checked) report(at(where, 'checked'), 'Hier gibt es kein checked: bitte reviewBy (Datum der nächsten Prüfung) angeben.');
  if (reviewBy && sources) checkReviewBy(where, reviewBy, sources);
  if (!title || !text || who === undefined || !sources || !reviewBy || checked) return undefined;
  return { title, text, sources, reviewBy, ...(who !== null && { who }) };
}

function readStep(base: At, value: unknown, index: number): PageStep | undefined {
  const obj = readObj({ ...base, entry: String(index) }, value, 'ein Schritt');
  if (!obj) return undefined;
  const id = required({ ...base, entry: String(index) }, obj, 'id', readId);
  const where: At = { ...base, entry: id ?? String(index) };
  const body = readBody(where, obj, LIMITS.text, ['summary', 'first']);
  // Every step of a first-steps page has its one plain sentence; the text goes behind "More".
  const summary = required(where, obj, 'summary', readSummary);
  const rawFirst = get(obj, 'first');
  const first = rawFirst === undefined ? undefined : readFirst(at(where, 'first'), rawFirst);
  if (rawFirst !== undefined && first === undefined) return undefined;
  return id && body && summary ? { id, summary, ...(first && { first }), ...body } : undefined;
}

/** Checks one first-steps page at `where`; the page comes back only when it is usable. */
export function checkFirstStepsPage(where: At, value: unknown): FirstStepsPage | undefined {
  const obj = readObj(where, value, 'eine Seite (title, keywords, intro, steps, resources, legalNote)');
  if (!obj) return undefined;
  unknownFields(where, obj, ['title', 'keywords', 'intro', 'steps', 'resources', 'legalNote']);
  const title = required(where, obj, 'title', (w, v) => readPlainLocalized(w, v, LIMITS.title));
  const keywords = required(where, obj, 'keywords', readKeywords);
  const intro = required(where, obj, 'intro', (w, v) => readPlainLocalized(w, v, LIMITS.intro));
  const legalNote = required(where, obj, 'legalNote', (w, v) => readPlainLocalized(w, v, LIMITS.legalNote));
  const steps = required(where, obj, 'steps', (w, v) => readEach(w, v, LIMITS.steps, readStep));
  if (steps?.length === 0) report(at(where, 'steps'), 'Mindestens ein Schritt.');
  const unique = steps !== undefined && uniqueIds(at(where, 'steps'), steps);
  const rawResources = get(obj, 'resources');
  const resources = rawResources === undefined ? [] : readEach(at(where, 'resources'), rawResources, LIMITS.resources, readResource);
  if (!title || !keywords || !intro || !legalNote || !steps || steps.length === 0 || !unique || !resources) return undefined;
  return { title, keywords, intro, steps, resources, legalNote };
}

function readTopic(base: At, value: unknown, index: number): TopicPage | undefined {
  const obj = readObj({ ...base, entry: String(index) }, value, 'ein Thema');
  if (!obj) return undefined;
  const id = required({ ...base, entry: String(index) }, obj, 'id', readId);
  const where: At = { ...base, entry: id ?? String(index) };
  const keywords = required(where, obj, 'keywords', readKeywords);
  const body = readBody(where, obj, LIMITS.text, ['keywords']);
  return id && keywords && body ? { id, keywords, ...body } : undefined;
}

/** Checks the list of everyday topics. */
export function checkTopics(where: At, value: unknown): TopicPage[] | undefined {
  const topics = readEach(where, value, MAX_TOPICS, readTopic);
  return topics && uniqueIds(where, topics) ? topics : undefined;
}

/** The directory ids a `who` names (none for the town hall, which the app resolves). */
export function whoIds(who: Who | undefined): readonly string[] {
  if (!who) return [];
  return who.kind === 'entry' ? [who.id] : who.kind === 'entries' ? who.ids : [];
}
