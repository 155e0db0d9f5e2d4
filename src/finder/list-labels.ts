/** Labels a row needs from the region: category name, and where an office is responsible. */
import type { Reach } from '../directory/filter';
import { perDirectory } from '../directory/per-directory';
import type { Entry, Lang, Region } from '../directory/types';
import { t } from '../i18n';
import { formatList } from '../i18n/list';

/** The category's name in the UI language; the id when the region does not know it. */
export function categoryLabel(region: Region, id: string, lang: Lang): string {
  const category = region.categories.find((c) => c.id === id);
  return category ? category.label[lang] || category.label.de : id;
}

/** German names of the municipalities a local entry serves (official names, as on the signs). */
export function servedTowns(entry: Entry, region: Region): readonly string[] {
  if (entry.scope.kind !== 'municipalities') return [];
  return entry.scope.ags.map((ags) => region.municipalities.find((m) => m.ags === ags)?.name ?? ags);
}

/** "in Sontra", "for the whole district", "Hessen", "nationwide": which office is which. */
export function reachLabel(entry: Entry, reach: Reach, region: Region): string {
  if (reach === 'local') {
    const towns = servedTowns(entry, region);
    const town = towns.length > 0 ? formatList(towns) : entry.address?.town;
    return town ? t('finder:reach.local', { town }) : t('finder:reach.localUnnamed');
  }
  return t(`finder:reach.${reach}`);
}

/** Language codes spoken somewhere in the directory, one per language ("fa" for Dari and Persian). */
export function spokenLanguages(entries: readonly Entry[]): readonly string[] {
  // The few distinct tags first: cutting each of the tags of 10,000 entries was a quarter of a
  // 122 ms task at 4× CPU (profiled), in the list screen's first render.
  const tags = new Set<string>();
  for (const e of entries) for (const l of e.languages) tags.add(l);
  const codes = new Set<string>();
  for (const l of tags) {
    const base = l.toLowerCase().split('-')[0] ?? '';
    if (base) codes.add(base === 'prs' ? 'fa' : base);
  }
  return [...codes].sort();
}

/** spokenLanguages of a directory's entries, made once per directory. */
export const spokenInDirectory = perDirectory((directory) => spokenLanguages(directory.entries));

const names = new Map<string, Intl.DisplayNames | null>();
// The filter's language list is drawn on every key; asking Intl each time cost about 1 ms a key on a slow phone.
const named = new Map<string, string>();

/** A language's name in the UI language ("Arabisch", "арабська"); Dari users see "fa" as Dari. */
export function languageName(code: string, lang: Lang, locale: string): string {
  const key = `${code}|${lang}|${locale}`;
  let name = named.get(key);
  if (name === undefined) {
    name = nameOf(code, lang, locale);
    named.set(key, name);
  }
  return name;
}

function nameOf(code: string, lang: Lang, locale: string): string {
  let display = names.get(locale);
  if (display === undefined) {
    try {
      display = new Intl.DisplayNames([locale], { type: 'language' });
    } catch {
      display = null;
    }
    names.set(locale, display);
  }
  const shown = code === 'fa' && lang === 'fa-AF' ? 'fa-AF' : code;
  try {
    return display?.of(shown) ?? code;
  } catch {
    return code;
  }
}
