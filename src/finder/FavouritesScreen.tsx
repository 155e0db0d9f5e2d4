import { useMemo } from 'preact/hooks';
import { href } from '../app/router';
import type { ScreenProps } from '../app/router';
import { app } from '../app/state';
import { useStore } from '../app/store';
import { currentLang, t } from '../i18n';
import { Icon } from '../ui/icons';
import { EntryRow } from './EntryRow';
import { SavedCards } from './SavedCards';
import { favouriteItems } from './list-model';
import { useHours } from './use-hours';
import { useNow } from './use-now';
import './finder.css';

/** The kept show-cards and the starred entries, newest first; they live on the phone and work offline. */
export default function FavouritesScreen(_props: ScreenProps) {
  const directory = useStore(app, (s) => s.directory);
  const favourites = useStore(app, (s) => s.favourites);
  const lang = currentLang();
  const hours = useHours();
  const now = useNow();
  const items = useMemo(() => (directory ? favouriteItems(directory, favourites) : []), [directory, favourites]);
  const region = directory?.region;

  return (
    <section class="screen favourites-screen">
      <h1 tabIndex={-1}>{t('finder:fav.title')}</h1>
      {directory && <SavedCards directory={directory} />}
      {!region && (
        <p class="loading" role="status">
          {t('loading')}
        </p>
      )}
      {region && items.length === 0 && (
        <div class="list-empty">
          <p>{t('finder:fav.empty')}</p>
          <p class="fav-how">
            <Icon name="star" class="star-example" />
            <span>{t('finder:fav.how')}</span>
          </p>
          <a class="button" href={href(['list'])}>
            <Icon name="search" />
            <span>{t('finder:fav.find')}</span>
          </a>
        </div>
      )}
      {region && items.length > 0 && (
        <>
          <p class="list-count" id="fav-count">{t('finder:fav.count', { count: items.length })}</p>
          <ul class="entry-list" aria-labelledby="fav-count">
            {items.map((item) => (
              <EntryRow
                key={item.entry.id}
                entry={item.entry}
                region={region}
                lang={lang}
                reach={item.reach}
                favourite
                now={now}
                {...(hours ? { hours } : {})}
              />
            ))}
          </ul>
        </>
      )}
      {region && favourites.length > items.length && (
        <p class="notice notice-warning">{t('finder:fav.missing', { count: favourites.length - items.length })}</p>
      )}
    </section>
  );
}
