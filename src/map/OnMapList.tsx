import { href } from '../app/router';
import { formatDistance } from '../directory/geo';
import type { Lang, Region } from '../directory/types';
import { t } from '../i18n';
import { Icon } from '../ui/icons';
import type { MapListItem } from './places';

interface Props {
  readonly region: Region;
  readonly lang: Lang;
  readonly items: readonly MapListItem[];
  /** Filtered entries that have no location, so are not on the map. */
  readonly withoutLocation: number;
  /** The same filters as a list link. */
  readonly listLink: string;
  readonly onShow: (id: string) => void;
}

/** What is on the map, as a list: the way in for keyboards and screen readers, and for a quick look. */
export function OnMapList({ region, lang, items, withoutLocation, listLink, onShow }: Props) {
  const categories = new Map(region.categories.map((c) => [c.id, c]));
  return (
    <section class="map-list-section" aria-labelledby="map-list-title">
      <h2 id="map-list-title" tabIndex={-1}>
        {t('map:list.title')}
      </h2>
      <p class="map-list-count">{items.length ? t('map:list.count', { count: items.length }) : t('map:list.empty')}</p>
      {withoutLocation > 0 && (
        <p class="map-list-missing">
          {t('map:list.noLocation', { count: withoutLocation })} <a href={listLink}>{t('map:filters.asList')}</a>
        </p>
      )}
      <ul class="map-list" data-testid="map-list">
        {items.map(({ entry, km }) => {
          const category = categories.get(entry.category);
          return (
            <li key={entry.id} data-id={entry.id}>
              <span class="map-dot" style={{ '--dot': category?.color ?? 'var(--muted)' }} aria-hidden="true" />
              <span class="map-list-text">
                <a href={href(['e', entry.id])} lang="de" dir="ltr">
                  {entry.name}
                </a>
                <span class="map-list-meta">
                  {category && <span>{category.label[lang]}</span>}
                  {km !== undefined && <span dir="ltr">{formatDistance(km, lang)}</span>}
                  {entry.location.precision === 'town' && <span class="map-list-approx">{t('map:list.approximate')}</span>}
                </span>
              </span>
              <button type="button" class="icon-button" onClick={() => onShow(entry.id)} aria-label={`${t('map:list.showOnMap')}: ${entry.name}`}>
                <Icon name="pin" />
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
