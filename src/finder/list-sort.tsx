import type { SortBy } from '../directory/filter';
import { t } from '../i18n';
import { Icon } from '../ui/icons';
import type { usePosition } from './use-position';

interface SortProps {
  readonly sort: SortBy;
  readonly geo: ReturnType<typeof usePosition>;
  readonly onSort: (sort: SortBy) => void;
}

/**
 * The order of the list. "Nearest first" asks for the position only when tapped; the distance is
 * computed on the phone and the position goes nowhere.
 */
export function ListSort({ sort, geo, onSort }: SortProps) {
  const nearest = async () => {
    if (geo.position || (await geo.ask())) onSort('distance');
  };
  return (
    <div class="list-sort">
      <div role="group" aria-label={t('finder:sort.label')}>
        <button type="button" class="chip" aria-pressed={sort === 'relevance'} onClick={() => onSort('relevance')}>
          {t('finder:sort.relevance')}
        </button>
        <button type="button" class="chip" aria-pressed={sort === 'name'} onClick={() => onSort('name')}>
          {t('finder:sort.name')}
        </button>
        <button type="button" class="chip" aria-pressed={sort === 'distance'} disabled={geo.state === 'asking'} onClick={() => void nearest()}>
          <Icon name="compass" size={18} />
          <span>{t('finder:sort.distance')}</span>
        </button>
      </div>
      {geo.state !== 'idle' && geo.state !== 'ready' && (
        <p class="list-sort-note" role="status">
          {t(`finder:position.${geo.state}`)}
        </p>
      )}
    </div>
  );
}
