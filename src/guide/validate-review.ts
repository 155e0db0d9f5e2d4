/**
 * Data-check rules for the guide that the app must not apply to a download: they depend on
 * today's date (`now`, a parameter so tests can fix it) or on the directory.
 */
import type { Problem } from '../directory/problems';
import { unknownPhones } from '../directory/phone-text';
import { LANGS, type Directory, type Localized } from '../directory/types';
import { reviewDue } from './review';
import type { ChecklistStep, Guide } from './types';

/** The entries a step sends people to; for the town hall, every municipality's town hall. */
function helperIds(step: ChecklistStep, directory: Directory): readonly string[] {
  if (step.who.kind === 'townHall') return directory.region.municipalities.map((m) => m.townHall);
  return step.who.kind === 'entry' ? [step.who.id] : step.who.ids;
}

/**
 * Review dates that have passed, and phone numbers in the page's texts that are nowhere to tap:
 * a number counts as known when it belongs to the step's linked entries or to a listed resource.
 */
export function checkGuideReview(guide: Guide, directory: Directory, now: Date, file?: string): Problem[] {
  const problems: Problem[] = [];
  const add = (entry: string | undefined, field: string, message: string) =>
    problems.push({ ...(file !== undefined && { file }), ...(entry !== undefined && { entry }), field, message });
  const page = guide.ukraine;
  const resourcePhones = page.resources.flatMap((r) => (r.phone !== undefined ? [r.phone] : []));
  const phonesOf = (ids: readonly string[]) => directory.entries.filter((e) => ids.includes(e.id)).flatMap((e) => e.phones.map((p) => p.number));
  const checkText = (entry: string | undefined, field: string, text: Localized, known: readonly string[]) => {
    for (const lang of LANGS) {
      for (const number of unknownPhones(text[lang], known)) {
        add(entry, `${field}.${lang}`, `Im Text steht die Nummer ${number}. Sie gehört weder zu den verlinkten Einträgen noch zu einer Hilfe-Adresse. Bitte dort eintragen (mit Quelle) oder aus dem Text nehmen.`);
      }
    }
  };
  page.steps.forEach((step, i) => {
    if (reviewDue(step, now)) {
      add(step.id, `ukraine.steps.${i}.reviewBy`, `Prüfen bis ${step.reviewBy}: dieses Datum ist vorbei. Bitte den Schritt mit neuen Quellen prüfen und reviewBy neu setzen.`);
    }
    const known = [...phonesOf(helperIds(step, directory)), ...resourcePhones];
    checkText(step.id, `ukraine.steps.${i}.title`, step.title, known);
    checkText(step.id, `ukraine.steps.${i}.text`, step.text, known);
  });
  checkText(undefined, 'ukraine.intro', page.intro, resourcePhones);
  checkText(undefined, 'ukraine.legalNote', page.legalNote, resourcePhones);
  return problems;
}
