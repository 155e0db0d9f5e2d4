import { toggleFavourite } from '../../app/data';
import { app } from '../../app/state';
import { useStore } from '../../app/store';
import type { ComponentChildren } from 'preact';
import type { Entry, Region } from '../../directory/types';
import { currentLang, t } from '../../i18n';
import { Icon } from '../../ui/icons';
import { ListenButton, VoiceNote } from '../../ui/ListenButton';
import { localized } from './format';
import { RichText } from '../../ui/RichText';

/**
 * Name as on the door, category, the favourite star, then `actions` (what people come for), then
 * what the office does for you: the longer text comes after the actions.
 */
export function Header({ entry, region, actions }: { entry: Entry; region: Region; actions?: ComponentChildren }) {
  const lang = currentLang();
  const favourite = useStore(app, (s) => s.favourites.includes(entry.id));
  const category = region.categories.find((c) => c.id === entry.category);
  const description = localized(entry.description, lang);
  return (
    <header class="detail-header">
      <h1 tabIndex={-1}>
        <span lang="de" dir="ltr">
          {entry.name}
        </span>
      </h1>
      <div class="detail-meta">
        {category && (
          <span class="detail-category" style={{ '--tile': category.color }}>
            <Icon name={category.icon} size={20} />
            {localized(category.label, lang)?.text ?? category.id}
          </span>
        )}
        {/* One fixed label; aria-pressed says whether it is on, as screen readers expect. */}
        <button
          type="button"
          class="button button-secondary detail-star"
          aria-pressed={favourite}
          onClick={() => void toggleFavourite(entry.id)}
        >
          <Icon name={favourite ? 'star-filled' : 'star'} />
          <span>{t('detail:favourite')}</span>
        </button>
      </div>
      {actions}
      {description && (
        <>
          <p class="detail-description" lang={description.lang} dir="auto">
            <RichText text={description.text} />
          </p>
          <ListenButton id={`entry-${entry.id}`} text={description.text} lang={description.lang} />
          <VoiceNote langs={[description.lang]} />
        </>
      )}
    </header>
  );
}
