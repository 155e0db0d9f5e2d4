import { Component } from 'preact';
import { toggleFavourite } from '../app/data';
import { href } from '../app/router';
import type { Reach } from '../directory/filter';
import { formatDistance } from '../directory/geo';
import type { Entry, Lang, Region } from '../directory/types';
import { t } from '../i18n';
import { Icon } from '../ui/icons';
import { HoursBadge } from './HoursBadge';
import { categoryLabel, reachLabel, servedTowns } from './list-labels';
import { firstSentence } from './list-model';
import type { HoursModule } from './use-hours';
import { RichText } from '../ui/RichText';

/** What one result row shows. */
export interface EntryRowProps {
  readonly entry: Entry;
  readonly region: Region;
  readonly lang: Lang;
  readonly reach: Reach;
  readonly favourite: boolean;
  readonly now: Date;
  /** The hours module once loaded; the row shows its badge then. */
  readonly hours?: HoursModule;
  /** Distance from the user's shared position, or from a town centre, in km. */
  readonly km?: number;
  /** The town whose centre the distance is measured from; absent for the user's own position. */
  readonly from?: string;
}

/**
 * A result row, shared by the list and the favourites: German name (as on the door), category,
 * who it is for, one sentence in the user's language, town, distance, hours, and a star.
 * Drawn again only when one of its props changed: a key that keeps a row in the list leaves it
 * alone (preact/compat's memo is not in the app; this is the same for one component).
 */
export class EntryRow extends Component<EntryRowProps> {
  override shouldComponentUpdate(next: EntryRowProps): boolean {
    const now = this.props;
    const keys = Object.keys(next) as (keyof EntryRowProps)[];
    return keys.length !== Object.keys(now).length || keys.some((k) => next[k] !== now[k]);
  }

  override render() {
    return drawRow(this.props);
  }
}

function drawRow({ entry, region, lang, reach, favourite, now, hours, km, from }: EntryRowProps) {
  const own = entry.description[lang];
  const description = firstSentence(own || entry.description.de);
  const town = entry.address?.town;
  // A local office's reach already names its town.
  const showTown = town !== undefined && !(reach === 'local' && servedTowns(entry, region).includes(town));
  const distance = km !== undefined ? formatDistance(km, lang) : '';
  return (
    <li class="entry-row">
      <div class="entry-main">
        <a class="entry-link" href={href(['e', entry.id])}>
          <span lang="de" dir="ltr">
            {entry.name}
          </span>
        </a>
        <p class="entry-meta">
          <span>{categoryLabel(region, entry.category, lang)}</span>
          <span class={`entry-reach reach-${reach}`}>{reachLabel(entry, reach, region)}</span>
          {entry.locatedElsewhere && <span class="entry-elsewhere">{t('finder:reach.elsewhere')}</span>}
        </p>
        {description && (
          <p class="entry-description" {...(own ? {} : { lang: 'de', dir: 'ltr' })}>
            <RichText text={description} />
          </p>
        )}
        <p class="entry-facts">
          {showTown && (
            <span class="entry-town">
              <Icon name="pin" size={18} />
              <span lang="de">{town}</span>
            </span>
          )}
          {distance && (
            <span class="entry-distance">
              <Icon name="compass" size={18} />
              <span>{from ? t('finder:row.distanceFrom', { distance, town: from }) : t('finder:row.distance', { distance })}</span>
            </span>
          )}
          <HoursBadge entry={entry} hours={hours} now={now} lang={lang} />
        </p>
      </div>
      <button
        type="button"
        class="icon-button entry-star"
        aria-pressed={favourite}
        aria-label={t('finder:row.favourite', { name: entry.name })}
        onClick={() => void toggleFavourite(entry.id)}
      >
        <Icon name={favourite ? 'star-filled' : 'star'} />
      </button>
    </li>
  );
}
