import './guide.css';
import './card.css';
import { href, navigate } from '../app/router';
import type { ScreenProps } from '../app/screens';
import { app } from '../app/state';
import { useStore } from '../app/store';
import { currentLang, t } from '../i18n';
import { Icon } from '../ui/icons';
import { VoiceNote } from '../ui/ListenButton';
import { useEntry } from './entry';
import { langAttrs, useGuideT } from './lang';
import { useGuide } from './load';
import { ShowCard } from './ShowCard';
import { useWakeLock } from './wake-lock';
import { RichText } from '../ui/RichText';

/** Phrase ids from the URL (?p=a,b), so a chosen card survives a reload and can be printed as is. */
function chosenIds(query: URLSearchParams): string[] {
  return (query.get('p') ?? '').split(',').filter(Boolean);
}

/**
 * The show-card (#/card/<id>): a place in large type to hold out to a bus driver, a passer-by or
 * a clerk. The screen stays on while it is open; it prints on one page.
 */
export default function CardScreen({ route }: ScreenProps) {
  const id = route.segments[1];
  const { entry, loaded } = useEntry(id);
  const region = useStore(app, (s) => s.directory?.region);
  const lang = currentLang();
  const tr = useGuideT(lang);
  const state = useGuide();
  const awake = useWakeLock(entry !== undefined);
  const phrases = state.status === 'ready' ? state.guide.phrases : [];
  const chosen = chosenIds(route.query);

  if (!entry) {
    return (
      <section class="screen guide">
        <h1 tabIndex={-1}>{loaded ? tr('entry.notFound') : tr('loading')}</h1>
      </section>
    );
  }

  const toggle = (phraseId: string, on: boolean) => {
    const next = on ? [...chosen, phraseId] : chosen.filter((p) => p !== phraseId);
    const q = new URLSearchParams(route.query);
    if (next.length) q.set('p', next.join(','));
    else q.delete('p');
    navigate(href(['card', entry.id], q), true);
  };

  return (
    <section class="screen guide card-screen">
      {/* Full screen shows this box: the card and a visible way out (not everyone knows Esc or the back gesture). */}
      <div class="card-full">
        <button type="button" class="button button-secondary card-exit" onClick={() => void document.exitFullscreen().catch(() => undefined)}>
          <Icon name="close" />
          <span>{t('close')}</span>
        </button>
        <ShowCard entry={entry} region={region} lang={lang} phrases={phrases.filter((p) => chosen.includes(p.id))} />
      </div>
      {chosen.length > 0 && <VoiceNote langs={['de', lang]} />}
      <div class="card-tools">
        {awake && <p class="card-awake">{tr('card.awake')}</p>}
        <p class="card-buttons">
          {document.fullscreenEnabled && (
            <button type="button" class="button" onClick={() => void document.querySelector('.card-full')?.requestFullscreen().catch(() => undefined)}>
              <Icon name="card" />
              <span>{tr('card.fullscreen')}</span>
            </button>
          )}
          <button type="button" class="button button-secondary" onClick={() => window.print()}>
            <Icon name="print" />
            <span>{tr('card.print')}</span>
          </button>
        </p>
        {phrases.length > 0 && (
          <fieldset class="phrase-pick">
            <legend>{tr('card.phrases')}</legend>
            {phrases.map((p) => (
              <label key={p.id} class="toggle">
                <input type="checkbox" checked={chosen.includes(p.id)} onChange={(e) => toggle(p.id, e.currentTarget.checked)} />
                <span>
                  <span lang="de" dir="ltr">
                    {p.de}
                  </span>
                  {lang !== 'de' && (
                    <span class="phrase-say" {...langAttrs(lang)}>
                      <RichText text={p.say[lang]} />
                    </span>
                  )}
                </span>
              </label>
            ))}
          </fieldset>
        )}
        <p class="guide-links">
          <a href={href(['e', entry.id])}>{tr('links.details')}</a>
          <a href={href(['pair', entry.id])}>{tr('links.pair')}</a>
          <a href={href(['way', entry.id])}>{tr('links.way')}</a>
        </p>
      </div>
    </section>
  );
}
