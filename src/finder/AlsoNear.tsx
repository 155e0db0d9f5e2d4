import type { Lang, Region } from '../directory/types';
import { t } from '../i18n';
import { EntryRow } from './EntryRow';
import type { ListItem } from './list-model';
import type { HoursModule } from './use-hours';

interface NearbyProps {
  readonly items: readonly ListItem[];
  /** The home town's name, as the distances are measured from its centre. */
  readonly town: string;
  readonly region: Region;
  readonly lang: Lang;
  readonly favourites: readonly string[];
  readonly now: Date;
  readonly hours?: HoursModule;
}

/** "Also near you": the nearest places in other towns when the home town has none. */
export function AlsoNear({ items, town, region, lang, favourites, now, hours }: NearbyProps) {
  if (items.length === 0) return null;
  return (
    <section class="list-nearby" aria-labelledby="list-nearby">
      <h2 id="list-nearby">{t('finder:nearby.title')}</h2>
      <p>{t('finder:nearby.lead', { town })}</p>
      <ul class="entry-list" aria-labelledby="list-nearby">
        {items.map((item) => (
          <EntryRow
            key={item.entry.id}
            entry={item.entry}
            region={region}
            lang={lang}
            reach={item.reach}
            favourite={favourites.includes(item.entry.id)}
            now={now}
            from={town}
            {...(hours ? { hours } : {})}
            {...(item.km !== undefined ? { km: item.km } : {})}
          />
        ))}
      </ul>
    </section>
  );
}
