import './guide.css';
import './card.css';
import { href, navigate } from '../app/router';
import type { ScreenProps } from '../app/router';
import { app } from '../app/state';
import { useStore } from '../app/store';
import type { Lang } from '../directory/types';
import { currentLang, t } from '../i18n';
import { Icon } from '../ui/icons';
import { VoiceNote } from '../ui/ListenButton';
import { CARD_LANGS, cardLang } from './card-lang';
import { useEntry } from './entry';
import { KeepCard } from './KeepCard';
import { langAttrs, useGuideT } from './lang';
import { useGuide } from './load';
import { SecondLangPicker } from './Pair';
import { ShowCard } from './ShowCard';
import { useWakeLock } from './wake-lock';
import { RichText } from '../ui/RichText';

/** Phrase ids from the URL (?p=a,b), so a chosen card survives a reload and can be printed as is. */
function chosenIds(query: URLSearchParams): string[] {
  return (query.get('p') ?? '').split(',').filter(Boolean);
}

/**
 * The show-card (#/card/<id>?in=fa-AF): a place in large type to hold out to a bus driver, a
 * passer-by or a clerk. Its language beside German is chosen on the card, whatever the app's
 * language is. The screen stays on while it is open; it prints on one page; it can be kept.
 */
export default function CardScreen({ route }: ScreenProps) {
  const id = route.segments[1];
  const { entry, loaded } = useEntry(id);
  const region = useStore(app, (s) => s.directory?.region);
  const lang = currentLang();
  const tr = useGuideT(lang);
  const shown = cardLang(route.query.get('in'), lang);
  // Loads the card language's strings when the app runs in another one.
  useGuideT(shown);
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
  const choose = (l: Lang) => {
    const q = new URLSearchParams(route.query);
    q.set('in', l);
    navigate(href(['card', entry.id], q), true);
  };
  const other = shown === 'de' ? undefined : shown;

  return (
    <section class="screen guide card-screen">
      <div class="card-top">
        <p class="card-who">{tr('card.who')}</p>
        <SecondLangPicker value={shown} label={tr('card.lang')} onChange={choose} choices={CARD_LANGS} />
      </div>
      {/* Full screen shows this box: the card and a visible way out (not everyone knows Esc or the back gesture). */}
      <div class="card-full">
        <button type="button" class="button button-secondary card-exit" onClick={() => void document.exitFullscreen().catch(() => undefined)}>
          <Icon name="close" />
          <span>{t('close')}</span>
        </button>
        <ShowCard entry={entry} region={region} lang={shown} phrases={phrases.filter((p) => chosen.includes(p.id))} />
      </div>
      {chosen.length > 0 && <VoiceNote langs={shown === 'de' ? ['de'] : ['de', shown]} />}
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
          <KeepCard key={`${shown}|${chosen.join(',')}`} entry={entry.id} lang={shown} phrases={chosen} tr={tr} />
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
                  {shown !== 'de' && (
                    <span class="phrase-say" {...langAttrs(shown)}>
                      <RichText text={p.say[shown]} />
                    </span>
                  )}
                </span>
              </label>
            ))}
          </fieldset>
        )}
        <p class="guide-links">
          <a href={href(['e', entry.id])}>{tr('links.details')}</a>
          <a href={href(['pair', entry.id], other ? new URLSearchParams({ with: other }) : undefined)}>{tr('links.pair')}</a>
          <a href={href(['way', entry.id])}>{tr('links.way')}</a>
        </p>
      </div>
    </section>
  );
}
