/**
 * Validates the guide content (Ukraine page, glossary, phrases) from untrusted input: the YAML
 * sources at build time and a downloaded update in the app. Never throws; every problem names
 * its file, entry and field in plain German, like the directory validator it is built on.
 */
import type { Checked, Problem } from '../directory/problems';
import { type At, Problems, at, get, isObj, readChoice, readObj, report, required, unknownFields } from '../directory/validate-core';
import { readId } from '../directory/validate-fields';
import type { Article, FirstStepsId, FirstStepsPage, GlossaryTerm, Guide, Phrase } from './types';
import { FIRST_STEPS_PAGES, checkFirstStepsPage, checkTopics, whoIds } from './validate-pages';
import { checkUkrainePage } from './validate-ukraine';
export { checkGuideReview } from './validate-review';
import { LIMITS, readEach, readPlain, readPlainLocalized, uniqueIds } from './validate-fields';

const ARTICLES: readonly Article[] = ['der', 'die', 'das'];

/** Case-insensitive key for a German word form, so "Termin" and "termin" count as one. */
function formKey(s: string): string {
  return s.toLocaleLowerCase('de').replace(/\s+/g, ' ');
}

function readTerm(base: At, value: unknown, index: number): GlossaryTerm | undefined {
  const obj = readObj({ ...base, entry: String(index) }, value, 'ein Begriff');
  if (!obj) return undefined;
  const id = required({ ...base, entry: String(index) }, obj, 'id', readId);
  const where: At = { ...base, entry: id ?? String(index) };
  unknownFields(where, obj, ['id', 'de', 'article', 'variants', 'explain', 'translation']);
  const de = required(where, obj, 'de', (w, v) => readPlain(w, v, LIMITS.word));
  const rawArticle = get(obj, 'article');
  const article = rawArticle === undefined ? undefined : readChoice(at(where, 'article'), rawArticle, ARTICLES);
  const variants = readEach(at(where, 'variants'), get(obj, 'variants') ?? [], LIMITS.variants, (w, v) => readPlain(w, v, LIMITS.word));
  const explain = required(where, obj, 'explain', (w, v) => readPlainLocalized(w, v, LIMITS.explain));
  const translation = required(where, obj, 'translation', (w, v) => readPlainLocalized(w, v, LIMITS.translation));
  if (!id || !de || !variants || !explain || !translation || (rawArticle !== undefined && !article)) return undefined;
  const keys = variants.map(formKey);
  if (keys.includes(formKey(de)) || new Set(keys).size !== keys.length) {
    report(at(where, 'variants'), 'Eine Form steht doppelt (oder gleicht dem Wort selbst).', true);
  }
  return article === undefined ? { id, de, variants, explain, translation } : { id, de, article, variants, explain, translation };
}

/** Checks the glossary list; a word form may belong to one term only, so links are unambiguous. */
export function checkGlossary(where: At, value: unknown): GlossaryTerm[] | undefined {
  const terms = readEach(where, value, LIMITS.glossary, readTerm);
  if (!terms || !uniqueIds(where, terms)) return undefined;
  const owner = new Map<string, string>();
  let clash = false;
  for (const t of terms) {
    for (const form of new Set([t.de, ...t.variants].map(formKey))) {
      const other = owner.get(form);
      if (other !== undefined && other !== t.id) {
        report({ ...where, entry: t.id }, `„${form}“ gehört schon zum Begriff „${other}“. Jede Wortform nur bei einem Begriff.`);
        clash = true;
      }
      owner.set(form, t.id);
    }
  }
  return clash ? undefined : terms;
}

function readPhrase(base: At, value: unknown, index: number): Phrase | undefined {
  const obj = readObj({ ...base, entry: String(index) }, value, 'ein Satz');
  if (!obj) return undefined;
  const id = required({ ...base, entry: String(index) }, obj, 'id', readId);
  const where: At = { ...base, entry: id ?? String(index) };
  unknownFields(where, obj, ['id', 'de', 'say']);
  const de = required(where, obj, 'de', (w, v) => readPlain(w, v, LIMITS.phrase));
  const say = required(where, obj, 'say', (w, v) => readPlainLocalized(w, v, LIMITS.phrase));
  if (de && say && say.de !== de) report(at(at(where, 'say'), 'de'), 'say.de sollte genau der deutsche Satz sein.', true);
  return id && de && say ? { id, de, say } : undefined;
}

/** Checks the phrase list. */
export function checkPhrases(where: At, value: unknown): Phrase[] | undefined {
  const phrases = readEach(where, value, LIMITS.phrases, readPhrase);
  return phrases && uniqueIds(where, phrases) ? phrases : undefined;
}

/** The parts of the guide as read from their files, before checking; the later pages are optional. */
export interface GuideParts {
  readonly ukraine: unknown;
  readonly glossary: unknown;
  readonly phrases: unknown;
  readonly asylum?: unknown;
  readonly protection?: unknown;
  readonly topics?: unknown;
}

/** The source file of each part, for the problem list (e.g. "data/guide/glossary.yaml"). */
export type GuideFiles = Readonly<Partial<Record<keyof GuideParts, string>>>;

function check<T>(problems: Problems, file: string | undefined, path: string, read: (w: At) => T | undefined): T | undefined {
  const where: At = file === undefined ? { problems, path } : { problems, file, path };
  try {
    return read(where);
  } catch {
    // Only exotic input (a Proxy, a throwing getter) gets here; the caller still gets a report.
    report(where, 'Die Daten konnten nicht gelesen werden.');
    return undefined;
  }
}

function result(problems: Problems, guide: Partial<Guide>): Checked<Guide> {
  const { ukraine, glossary, phrases, pages, topics } = guide;
  if (problems.errors > 0 || !ukraine || !glossary || !phrases) {
    if (problems.errors === 0) problems.add({ field: '', message: 'Die Daten sind unvollständig.' });
    return { ok: false, problems: problems.list };
  }
  const value: Guide = { ukraine, glossary, phrases, ...(pages && Object.keys(pages).length > 0 && { pages }), ...(topics && { topics }) };
  return { ok: true, value, problems: problems.list };
}

function checkPages(problems: Problems, parts: GuideParts, files: GuideFiles): Partial<Record<FirstStepsId, FirstStepsPage>> {
  const pages: Partial<Record<FirstStepsId, FirstStepsPage>> = {};
  for (const id of FIRST_STEPS_PAGES) {
    if (parts[id] === undefined) continue;
    const page = check(problems, files[id], id, (w) => checkFirstStepsPage(w, parts[id]));
    if (page) pages[id] = page;
  }
  return pages;
}

function checkParts(problems: Problems, parts: GuideParts, files: GuideFiles): Checked<Guide> {
  const topics = parts.topics === undefined ? undefined : check(problems, files.topics, 'topics', (w) => checkTopics(w, parts.topics));
  return result(problems, {
    ukraine: check(problems, files.ukraine, 'ukraine', (w) => checkUkrainePage(w, parts.ukraine)),
    glossary: check(problems, files.glossary, 'glossary', (w) => checkGlossary(w, parts.glossary)),
    phrases: check(problems, files.phrases, 'phrases', (w) => checkPhrases(w, parts.phrases)),
    pages: checkPages(problems, parts, files),
    ...(topics && { topics }),
  });
}

/** Validates the guide from its three separately loaded files; problems name each file. */
export function validateGuideParts(parts: GuideParts, files: GuideFiles = {}): Checked<Guide> {
  return checkParts(new Problems(), parts, files);
}

/** Validates a whole guide object `{ ukraine, glossary, phrases }` from one file or download. */
export function validateGuide(raw: unknown, file?: string): Checked<Guide> {
  const problems = new Problems();
  const parts = check(problems, file, '', (w) => {
    if (!isObj(raw)) return void report(w, 'Der Wegweiser muss ein Objekt mit ukraine, glossary und phrases sein.');
    unknownFields(w, raw, ['ukraine', 'glossary', 'phrases', 'pages', 'topics']);
    const pages = get(raw, 'pages');
    const page = (id: FirstStepsId) => (isObj(pages) ? get(pages, id) : undefined);
    return { ukraine: get(raw, 'ukraine'), glossary: get(raw, 'glossary'), phrases: get(raw, 'phrases'), asylum: page('asylum'), protection: page('protection'), topics: get(raw, 'topics') };
  });
  if (!parts) return { ok: false, problems: problems.list };
  const all = { ukraine: file, glossary: file, phrases: file, asylum: file, protection: file, topics: file };
  return checkParts(problems, parts, file === undefined ? {} : all);
}

/**
 * Steps whose helpers are not in the directory. Kept apart from validateGuide because the guide
 * and the directory are separate files; the data check calls both.
 */
export function checkGuideReferences(guide: Guide, entryIds: ReadonlySet<string>, file?: string): Problem[] {
  const problems = new Problems();
  const missing = (where: At, ids: readonly string[]) => {
    for (const ref of ids) if (!entryIds.has(ref)) report(where, `Den Eintrag „${ref}“ gibt es im Verzeichnis nicht.`);
  };
  guide.ukraine.steps.forEach((step, i) => missing({ problems, ...(file !== undefined && { file }), entry: step.id, path: `ukraine.steps.${i}.who` }, whoIds(step.who)));
  // The other pages live in their own files; without a file the data check names the part's file.
  for (const id of FIRST_STEPS_PAGES) {
    guide.pages?.[id]?.steps.forEach((step, i) => missing({ problems, entry: step.id, path: `${id}.steps.${i}.who` }, whoIds(step.who)));
  }
  guide.topics?.forEach((topic, i) => missing({ problems, entry: topic.id, path: `topics.${i}.who` }, whoIds(topic.who)));
  return problems.list;
}
