/**
 * Validates the guide content (Ukraine page, glossary, phrases) from untrusted input: the YAML
 * sources at build time and a downloaded update in the app. Never throws; every problem names
 * its file, entry and field in plain German.
 */
import type { Checked, Problem } from '../directory/problems';
import type { Article, GlossaryTerm, Guide, Phrase } from './types';
import { checkUkrainePage } from './validate-ukraine';
import {
  LIMITS, id, isRecord, join, list, localized, newReport, own, report, text, unknownKeys,
  type Report,
} from './validate-fields';

const ARTICLES: readonly Article[] = ['der', 'die', 'das'];

/** Case-insensitive key for a German word form, so "Termin" and "termin" count as one. */
function formKey(s: string): string {
  return s.toLocaleLowerCase('de').replace(/\s+/g, ' ');
}

function term(r: Report, v: unknown, at: string, index: number): GlossaryTerm | undefined {
  if (!isRecord(v)) return void report(r, String(index), at, 'Ein Begriff muss ein Objekt sein.');
  const termId = id(r, own(v, 'id'), join(at, 'id'), String(index));
  const entry = termId ?? String(index);
  unknownKeys(r, v, ['id', 'de', 'article', 'variants', 'explain', 'translation'], at, entry);
  const de = text(r, own(v, 'de'), join(at, 'de'), LIMITS.word, entry);
  const rawArticle = own(v, 'article');
  const article = ARTICLES.find((a) => a === rawArticle);
  if (rawArticle !== undefined && article === undefined) report(r, entry, join(at, 'article'), 'article muss der, die oder das sein.');
  const rawVariants = own(v, 'variants') ?? [];
  const variantList = list(r, rawVariants, join(at, 'variants'), LIMITS.variants, entry);
  const variants = variantList?.map((x, i) => text(r, x, join(join(at, 'variants'), i), LIMITS.word, entry));
  const explain = localized(r, own(v, 'explain'), join(at, 'explain'), LIMITS.explain, entry);
  const translation = localized(r, own(v, 'translation'), join(at, 'translation'), LIMITS.translation, entry);
  if (!termId || !de || !variants || variants.some((x) => x === undefined) || !explain || !translation) return undefined;
  if (rawArticle !== undefined && article === undefined) return undefined;
  const clean = variants as string[];
  const keys = clean.map(formKey);
  if (keys.includes(formKey(de)) || new Set(keys).size !== keys.length) {
    report(r, entry, join(at, 'variants'), 'Eine Form steht doppelt (oder gleicht dem Wort selbst).', true);
  }
  return article === undefined
    ? { id: termId, de, variants: clean, explain, translation }
    : { id: termId, de, article, variants: clean, explain, translation };
}

/** Checks the glossary list; a word form may belong to one term only, so links are unambiguous. */
export function checkGlossary(r: Report, v: unknown, at: string): GlossaryTerm[] | undefined {
  const raw = list(r, v, at, LIMITS.glossary);
  if (raw === undefined) return undefined;
  const terms = raw.map((x, i) => term(r, x, join(at, i), i));
  const ids = new Set<string>();
  const owner = new Map<string, string>();
  let clashes = 0;
  for (const t of terms) {
    if (!t) continue;
    if (ids.has(t.id)) {
      report(r, t.id, at, `Die ID „${t.id}“ kommt mehrfach vor.`);
      clashes++;
    }
    ids.add(t.id);
    for (const form of new Set([t.de, ...t.variants].map(formKey))) {
      const other = owner.get(form);
      if (other !== undefined && other !== t.id) {
        report(r, t.id, at, `„${form}“ gehört schon zum Begriff „${other}“. Jede Wortform nur bei einem Begriff.`);
        clashes++;
      }
      owner.set(form, t.id);
    }
  }
  return terms.some((t) => !t) || clashes > 0 ? undefined : (terms as GlossaryTerm[]);
}

function phrase(r: Report, v: unknown, at: string, index: number): Phrase | undefined {
  if (!isRecord(v)) return void report(r, String(index), at, 'Ein Satz muss ein Objekt sein.');
  const phraseId = id(r, own(v, 'id'), join(at, 'id'), String(index));
  const entry = phraseId ?? String(index);
  unknownKeys(r, v, ['id', 'de', 'say'], at, entry);
  const de = text(r, own(v, 'de'), join(at, 'de'), LIMITS.phrase, entry);
  const say = localized(r, own(v, 'say'), join(at, 'say'), LIMITS.phrase, entry);
  if (de && say && say.de !== de) report(r, entry, join(at, 'say.de'), 'say.de sollte genau der deutsche Satz sein.', true);
  return phraseId && de && say ? { id: phraseId, de, say } : undefined;
}

/** Checks the phrase list. */
export function checkPhrases(r: Report, v: unknown, at: string): Phrase[] | undefined {
  const raw = list(r, v, at, LIMITS.phrases);
  if (raw === undefined) return undefined;
  const phrases = raw.map((x, i) => phrase(r, x, join(at, i), i));
  const ids = new Set<string>();
  let dupes = 0;
  for (const p of phrases) {
    if (p && ids.has(p.id)) {
      report(r, p.id, at, `Die ID „${p.id}“ kommt mehrfach vor.`);
      dupes++;
    }
    if (p) ids.add(p.id);
  }
  return phrases.some((p) => !p) || dupes > 0 ? undefined : (phrases as Phrase[]);
}

/** The three parts of the guide as read from their files, before checking. */
export interface GuideParts {
  readonly ukraine: unknown;
  readonly glossary: unknown;
  readonly phrases: unknown;
}

/** The source file of each part, for the problem list (e.g. "data/guide/glossary.yaml"). */
export type GuideFiles = Readonly<Partial<Record<keyof GuideParts, string>>>;

function guarded<T>(r: Report, at: string, check: () => T | undefined): T | undefined {
  try {
    return check();
  } catch {
    // Only exotic input (a Proxy, a throwing getter) gets here; the caller still gets a report.
    report(r, undefined, at, 'Die Daten konnten nicht gelesen werden.');
    return undefined;
  }
}

/** Validates the guide from its three separately loaded files; problems name each file. */
export function validateGuideParts(parts: GuideParts, files: GuideFiles = {}): Checked<Guide> {
  const reports = { ukraine: newReport(files.ukraine), glossary: newReport(files.glossary), phrases: newReport(files.phrases) };
  const ukraine = guarded(reports.ukraine, 'ukraine', () => checkUkrainePage(reports.ukraine, parts.ukraine, 'ukraine'));
  const glossary = guarded(reports.glossary, 'glossary', () => checkGlossary(reports.glossary, parts.glossary, 'glossary'));
  const phrases = guarded(reports.phrases, 'phrases', () => checkPhrases(reports.phrases, parts.phrases, 'phrases'));
  const problems: Problem[] = [...reports.ukraine.problems, ...reports.glossary.problems, ...reports.phrases.problems];
  const hasError = problems.some((p) => !p.warning);
  if (hasError || !ukraine || !glossary || !phrases) {
    if (!hasError) problems.push({ field: '', message: 'Die Daten sind unvollständig.' });
    return { ok: false, problems };
  }
  return { ok: true, value: { ukraine, glossary, phrases }, problems };
}

/** Validates a whole guide object `{ ukraine, glossary, phrases }` from one file or download. */
export function validateGuide(raw: unknown, file?: string): Checked<Guide> {
  const r = newReport(file);
  try {
    if (!isRecord(raw)) {
      report(r, undefined, '', 'Der Wegweiser muss ein Objekt mit ukraine, glossary und phrases sein.');
      return { ok: false, problems: r.problems };
    }
    unknownKeys(r, raw, ['ukraine', 'glossary', 'phrases'], '');
    const files = file === undefined ? {} : { ukraine: file, glossary: file, phrases: file };
    const parts = { ukraine: own(raw, 'ukraine'), glossary: own(raw, 'glossary'), phrases: own(raw, 'phrases') };
    const result = validateGuideParts(parts, files);
    const problems = [...r.problems, ...result.problems];
    return result.ok ? { ok: true, value: result.value, problems } : { ok: false, problems };
  } catch {
    report(r, undefined, '', 'Die Daten konnten nicht gelesen werden.');
    return { ok: false, problems: r.problems };
  }
}

/**
 * Steps whose helpers are not in the directory. Kept apart from validateGuide because the guide
 * and the directory are separate files; the data check calls both.
 */
export function checkGuideReferences(guide: Guide, entryIds: ReadonlySet<string>, file?: string): Problem[] {
  const r = newReport(file);
  guide.ukraine.steps.forEach((step, i) => {
    const ids = step.who.kind === 'entry' ? [step.who.id] : step.who.kind === 'entries' ? step.who.ids : [];
    for (const ref of ids) {
      if (!entryIds.has(ref)) report(r, step.id, `ukraine.steps.${i}.who`, `Den Eintrag „${ref}“ gibt es im Verzeichnis nicht.`);
    }
  });
  return r.problems;
}
