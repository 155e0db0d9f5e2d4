import { useState } from 'preact/hooks';
import { href, navigate } from '../app/router';
import { filtersToQuery, type Filters } from '../directory/filter';
import type { Category, Lang, Region } from '../directory/types';
import { t } from '../i18n';
import { Icon } from '../ui/icons';

interface Props {
  readonly region: Region;
  readonly lang: Lang;
  readonly filters: Filters;
  /** The topics to offer (those with entries on the map). */
  readonly categories: readonly Category[];
}

/** Changes the filters by changing the URL, so a map link carries them like a list link does. */
function apply(next: Filters): void {
  navigate(`${href(['map'])}${filtersToQuery(next)}`, true);
}

/**
 * Topic, town and "open now" for the map, folded behind one "Filter" button below the map so the
 * map itself comes first; the button says how many are chosen. Same filters and URL as the list.
 */
export function MapFilters({ region, lang, filters, categories }: Props) {
  const [open, setOpen] = useState(false);
  const chosen = [filters.category, filters.ags, filters.openNow].filter(Boolean).length;
  const without = <K extends keyof Filters>(key: K): Filters => {
    const copy: { -readonly [P in keyof Filters]: Filters[P] } = { ...filters };
    delete copy[key];
    return copy;
  };
  return (
    <>
      <button type="button" class="button button-secondary" aria-expanded={open} aria-controls="map-filters" onClick={() => setOpen(!open)}>
        <Icon name="list" />
        <span>{chosen ? t('map:filters.toggleCount', { n: chosen }) : t('map:filters.toggle')}</span>
      </button>
      <div id="map-filters" class="map-filters" hidden={!open}>
        <label class="map-filter">
          <span>{t('map:filters.category')}</span>
          <select
            value={filters.category ?? ''}
            onChange={(e) => apply(e.currentTarget.value ? { ...filters, category: e.currentTarget.value } : without('category'))}
          >
            <option value="">{t('map:filters.allCategories')}</option>
            {categories.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label[lang]}
              </option>
            ))}
          </select>
        </label>
        <label class="map-filter">
          <span>{t('map:filters.town')}</span>
          <select value={filters.ags ?? ''} onChange={(e) => apply(e.currentTarget.value ? { ...filters, ags: e.currentTarget.value } : without('ags'))}>
            <option value="">{t('map:filters.allTowns')}</option>
            {region.municipalities.map((m) => (
              <option key={m.ags} value={m.ags}>
                {m.names[lang] && m.names[lang] !== m.name ? `${m.name} – ${m.names[lang]}` : m.name}
              </option>
            ))}
          </select>
        </label>
        <label class="map-check">
          <input type="checkbox" checked={!!filters.openNow} onChange={(e) => apply(e.currentTarget.checked ? { ...filters, openNow: true } : without('openNow'))} />
          <span>{t('map:filters.openNow')}</span>
        </label>
        <a class="map-as-list" href={`${href(['list'])}${filtersToQuery(filters)}`}>
          {t('map:filters.asList')}
        </a>
      </div>
    </>
  );
}
