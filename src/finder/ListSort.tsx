import type { SortBy } from '../directory/filter';
import { t } from '../i18n';
import { Icon } from '../ui/icons';
import type { Position } from '../app/position';

interface SortProps {
  readonly sort: SortBy;
  readonly geo: Position;
  readonly onSort: (sort: SortBy) => void;
  /** The home town whose centre "nearest first" measures from when no position is shared. */
  readonly town?: string;
}

/**
 * The order of the list. "Nearest first" asks for the position only when tapped; the distance is
 * computed on the phone and the position goes nowhere.
 */
export function ListSort({ sort, geo, onSort, town }: SortProps) {
  // With a home town the list can measure at once, without asking for the position.
  const nearest = async () => {
    if (geo.fix || town || (await geo.ask())) onSort('distance');
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
        <button type="button" class="chip" aria-pressed={sort === 'distance'} disabled={geo.status === 'asking'} onClick={() => void nearest()}>
          <Icon name="compass" size={18} />
          <span>{t('finder:sort.distance')}</span>
        </button>
      </div>
      {sort === 'distance' && town && !geo.fix && (
        <p class="list-sort-note">
          <span>{t('finder:sort.fromTown', { town })}</span>{' '}
          <button type="button" class="chip" disabled={geo.status === 'asking'} onClick={() => void geo.ask()}>
            {t('finder:sort.useMine')}
          </button>
        </p>
      )}
      {geo.status !== 'idle' && geo.status !== 'shown' && (
        <p class="list-sort-note" role="status">
          {t(`finder:position.${geo.status === 'asking' || geo.status === 'denied' ? geo.status : 'unavailable'}`)}
        </p>
      )}
    </div>
  );
}
