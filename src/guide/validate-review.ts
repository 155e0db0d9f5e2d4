/**
 * Data-check rules for the guide that the app must not apply to a download: they depend on
 * today's date (`now`, a parameter so tests can fix it) or on the directory. They hold for every
 * page with steps: the Ukraine page, the other first-steps pages and the everyday topics.
 */
import type { Problem } from '../directory/problems';
import { unknownPhones } from '../directory/phone-text';
import { LANGS, type Directory, type Localized } from '../directory/types';
import { reviewDue } from './review';
import type { FirstStepsId, Guide, Resource, Who } from './types';
import { FIRST_STEPS_PAGES, whoIds } from './validate-pages';

/** The file of each part of the guide, for the problem list (e.g. "data/guide/asylum.yaml"). */
type PartFiles = Readonly<Partial<Record<'ukraine' | FirstStepsId | 'topics', string>>>;

/** The entries a step sends people to; for the town hall, every municipality's town hall. */
function helperIds(who: Who | undefined, directory: Directory): readonly string[] {
  return who?.kind === 'townHall' ? directory.region.municipalities.map((m) => m.townHall) : whoIds(who);
}

/** What the rules read of one step or topic, wherever it stands. */
interface Reviewed {
  readonly id: string;
  readonly title: Localized;
  readonly text: Localized;
  readonly who?: Who;
  readonly reviewBy: string;
}

/** One page's steps and texts with the field path of each, and its file's part name. */
interface PageToReview {
  readonly part: keyof PartFiles;
  readonly path: string;
  readonly steps: readonly Reviewed[];
  readonly resources: readonly Resource[];
  readonly texts: readonly (readonly [string, Localized])[];
}

/** Every page of the guide that has steps, in the order the data check reports them. */
function pagesToReview(guide: Guide): PageToReview[] {
  const { ukraine } = guide;
  const pages: PageToReview[] = [
    { part: 'ukraine', path: 'ukraine.steps', steps: ukraine.steps, resources: ukraine.resources, texts: [['ukraine.intro', ukraine.intro], ['ukraine.legalNote', ukraine.legalNote]] },
  ];
  for (const id of FIRST_STEPS_PAGES) {
    const page = guide.pages?.[id];
    if (page) pages.push({ part: id, path: `${id}.steps`, steps: page.steps, resources: page.resources, texts: [[`${id}.intro`, page.intro], [`${id}.legalNote`, page.legalNote]] });
  }
  if (guide.topics) pages.push({ part: 'topics', path: 'topics', steps: guide.topics, resources: [], texts: [] });
  return pages;
}

/**
 * Review dates that have passed, and phone numbers in the pages' texts that are nowhere to tap:
 * a number counts as known when it belongs to the step's linked entries or to a resource of its page.
 */
export function checkGuideReview(guide: Guide, directory: Directory, now: Date, files: PartFiles = {}): Problem[] {
  const problems: Problem[] = [];
  const phonesOf = (ids: readonly string[]) => directory.entries.filter((e) => ids.includes(e.id)).flatMap((e) => e.phones.map((p) => p.number));
  for (const page of pagesToReview(guide)) {
    const file = files[page.part];
    const add = (entry: string | undefined, field: string, message: string) =>
      problems.push({ ...(file !== undefined && { file }), ...(entry !== undefined && { entry }), field, message });
    const resourcePhones = page.resources.flatMap((r) => (r.phone !== undefined ? [r.phone] : []));
    const checkText = (entry: string | undefined, field: string, text: Localized, known: readonly string[]) => {
      for (const lang of LANGS) {
        for (const number of unknownPhones(text[lang], known)) {
          add(entry, `${field}.${lang}`, `Im Text steht die Nummer ${number}. Sie gehört weder zu den verlinkten Einträgen noch zu einer Hilfe-Adresse. Bitte dort eintragen (mit Quelle) oder aus dem Text nehmen.`);
        }
      }
    };
    page.steps.forEach((step, i) => {
      const field = `${page.path}.${i}`;
      if (reviewDue(step, now)) {
        add(step.id, `${field}.reviewBy`, `Prüfen bis ${step.reviewBy}: dieses Datum ist vorbei. Bitte mit neuen Quellen prüfen und reviewBy neu setzen.`);
      }
      const known = [...phonesOf(helperIds(step.who, directory)), ...resourcePhones];
      checkText(step.id, `${field}.title`, step.title, known);
      checkText(step.id, `${field}.text`, step.text, known);
    });
    for (const [field, text] of page.texts) checkText(undefined, field, text, resourcePhones);
  }
  return problems;
}
