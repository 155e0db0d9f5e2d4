import { useState } from 'preact/hooks';
import type { Filters } from '../directory/filter';
import type { Lang, Region } from '../directory/types';
import { intlLocale, t } from '../i18n';
import { Icon } from '../ui/icons';
import { categoryLabel, languageName } from './list-labels';
import { activeFilters, withoutFilter, type FilterName } from './list-model';

/** A municipality as the pickers show it: the German name, and the user's script beside it. */
export function townOption(region: Region, ags: string, lang: Lang): string {
  const m = region.municipalities.find((x) => x.ags === ags);
  if (!m) return ags;
  const own = m.names[lang];
  return own && own !== m.name ? `${m.name} – ${own}` : m.name;
}

/** The short name of a set filter, for its "remove" button. */
export function filterLabel(name: FilterName, filters: Filters, region: Region, lang: Lang): string {
  if (name === 'category') return categoryLabel(region, filters.category ?? '', lang);
  if (name === 'ags') return townOption(region, filters.ags ?? '', lang);
  if (name === 'language') return languageName(filters.language ?? '', lang, intlLocale(lang));
  return name === 'openNow' ? t('finder:filters.openNow') : t('finder:filters.barrierFree');
}

interface FiltersProps {
  readonly region: Region;
  readonly filters: Filters;
  /** The languages spoken in the directory's entries (called when the fields are drawn). */
  readonly languages: () => readonly string[];
  readonly lang: Lang;
  readonly onChange: (filters: Filters) => void;
}

/**
 * Narrowing the list: category, municipality, open now, language spoken, barrier-free. The fields
 * are drawn from the first opening on: closed, they cost a key nothing (three selects with some
 * 60 options were built on the first key of every search, and compared again on every key).
 */
export function ListFilters(props: FiltersProps) {
  // The tap (or Enter) on the summary draws the fields before the box opens, in the same task.
  const [opened, setOpened] = useState(false);
  const count = activeFilters(props.filters).length;
  return (
    <details class="list-filters" onToggle={(e) => e.currentTarget.open && setOpened(true)}>
      <summary onClick={() => setOpened(true)}>
        <Icon name="list" />
        <span>{count > 0 ? t('finder:filters.titleCount', { n: count }) : t('finder:filters.title')}</span>
      </summary>
      {opened && <FilterFields {...props} />}
    </details>
  );
}

/** The filters a picker sets: one value out of a list. */
type ChoiceName = 'category' | 'ags' | 'language';

/** The filters with one picker's value set. */
function withChoice(filters: Filters, name: ChoiceName, value: string): Filters {
  const next: { -readonly [K in keyof Filters]: Filters[K] } = { ...filters };
  next[name] = value;
  return next;
}

/** One of the filters' pickers: "any" first, then the choices; choosing "any" drops the filter. */
function FilterSelect(props: {
  name: ChoiceName;
  id: string;
  label: string;
  any: string;
  options: readonly (readonly [value: string, text: string])[];
  filters: Filters;
  onChange: (filters: Filters) => void;
}) {
  const { name, filters, onChange } = props;
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <select
        id={props.id}
        value={filters[name] ?? ''}
        onChange={(e) => onChange(e.currentTarget.value ? withChoice(filters, name, e.currentTarget.value) : withoutFilter(filters, name))}
      >
        <option value="">{props.any}</option>
        {props.options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

function FilterFields({ region, filters, languages, lang, onChange }: FiltersProps) {
  const set = (patch: Filters) => onChange({ ...filters, ...patch });
  const drop = (name: FilterName) => onChange(withoutFilter(filters, name));
  const locale = intlLocale(lang);
  const known = languages();
  const spoken = filters.language && !known.includes(filters.language) ? [...known, filters.language] : known;
  return (
    <div class="list-filters-body">
      <FilterSelect
        name="category"
        id="f-cat"
        label={t('finder:filters.category')}
        any={t('finder:filters.anyCategory')}
        options={region.categories.map((c) => [c.id, c.label[lang] || c.label.de] as const)}
        filters={filters}
        onChange={onChange}
      />
      <FilterSelect
        name="ags"
        id="f-town"
        label={t('finder:filters.town')}
        any={t('finder:filters.anyTown')}
        options={region.municipalities.map((m) => [m.ags, townOption(region, m.ags, lang)] as const)}
        filters={filters}
        onChange={onChange}
      />
      <FilterSelect
        name="language"
        id="f-lang"
        label={t('finder:filters.language')}
        any={t('finder:filters.anyLanguage')}
        options={spoken.map((code) => [code, languageName(code, lang, locale)] as const)}
        filters={filters}
        onChange={onChange}
      />
      <label class="check">
        <input type="checkbox" checked={!!filters.openNow} onChange={(e) => (e.currentTarget.checked ? set({ openNow: true }) : drop('openNow'))} />
        <span>{t('finder:filters.openNow')}</span>
      </label>
      <label class="check">
        <input type="checkbox" checked={!!filters.barrierFree} onChange={(e) => (e.currentTarget.checked ? set({ barrierFree: true }) : drop('barrierFree'))} />
        <span>{t('finder:filters.barrierFree')}</span>
      </label>
    </div>
  );
}

/** One button per set filter that removes it ("✕ Sontra"). */
export function ActiveFilters({ region, filters, lang, onChange }: Omit<FiltersProps, 'languages'>) {
  const active = activeFilters(filters);
  if (active.length === 0) return null;
  return (
    <ul class="active-filters">
      {active.map((name) => {
        const label = filterLabel(name, filters, region, lang);
        return (
          <li key={name}>
            <button type="button" class="chip" aria-label={t('finder:filters.remove', { filter: label })} onClick={() => onChange(withoutFilter(filters, name))}>
              <span>{label}</span>
              <Icon name="close" size={18} />
            </button>
          </li>
        );
      })}
    </ul>
  );
}
