import { useEffect, useState } from 'preact/hooks';
import { href } from '../app/router';
import { app } from '../app/state';
import type { Directory } from '../directory/types';
import { t } from '../i18n';
import { languageInfo } from '../i18n/languages';
import type { SavedCard } from '../storage';
import { Icon } from '../ui/icons';
import { keptCardQuery } from '../guide/card-lang';

/** The card's link, always with its language: the app's language may have changed since. */
function cardHref(card: SavedCard): string {
  return href(['card', card.entry], keptCardQuery(card.lang, card.phrases));
}

/**
 * Show-cards kept on the device ("Keep this card"), newest first: one tap shows the card again in
 * its language with its sentences, also offline.
 */
export function SavedCards({ directory }: { directory: Directory }) {
  const storage = app.get().storage;
  const [cards, setCards] = useState<readonly SavedCard[]>([]);
  useEffect(() => {
    let live = true;
    storage.savedCards().then(
      (list) => live && setCards(list),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [storage]);
  const names = new Map(directory.entries.map((e) => [e.id, e.name]));
  const shown = cards.filter((c) => names.has(c.entry));
  if (shown.length === 0) return null;
  const remove = async (id: string) => {
    await storage.removeCard(id).catch(() => undefined);
    setCards(await storage.savedCards().catch(() => cards));
  };
  return (
    <section class="saved-cards" aria-labelledby="saved-cards">
      <h2 id="saved-cards">{t('finder:fav.cards')}</h2>
      <ul class="saved-card-list">
        {shown.map((card) => {
          const language = languageInfo(card.lang);
          const name = names.get(card.entry) ?? card.entry;
          return (
            <li key={card.id}>
              <a class="button button-secondary" href={cardHref(card)}>
                <Icon name="card" />
                <span>
                  <span lang="de" dir="ltr">
                    {name}
                  </span>
                  {language && (
                    <span class="saved-card-lang" lang={language.code} dir={language.dir}>
                      {' '}
                      · {language.name}
                    </span>
                  )}
                </span>
              </a>
              <button type="button" class="icon-button" aria-label={t('finder:fav.cardRemove', { name })} onClick={() => void remove(card.id)}>
                <Icon name="close" />
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
