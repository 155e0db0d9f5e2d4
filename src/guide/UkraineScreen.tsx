import './guide.css';
import { useRef } from 'preact/hooks';
import { href, navigate } from '../app/router';
import type { ScreenProps } from '../app/screens';
import { app } from '../app/state';
import { useStore } from '../app/store';
import type { Lang } from '../directory/types';
import { currentLang } from '../i18n';
import { useChecklist, countDone } from './checklist';
import { HomeSelect } from './HomeSelect';
import { langAttrs, useGuideT } from './lang';
import { useGuide } from './load';
import { SecondLangPicker, secondLang } from './Pair';
import { Resources } from './Resources';
import { Step, type StepView } from './Step';
import { VoiceNote } from '../ui/ListenButton';

/**
 * First steps for people from Ukraine: a checklist kept on the device, who helps where the user
 * lives, trusted help lines, each statement with its dated source. Shown in the app language, with
 * one tap to Ukrainian for this page only (a Lotse's phone in German, a family reading along).
 */
export default function UkraineScreen({ route }: ScreenProps) {
  const appLang = currentLang();
  const lang: Lang = route.query.get('in') === 'uk' ? 'uk' : appLang;
  const tr = useGuideT(lang);
  const state = useGuide();
  const directory = useStore(app, (s) => s.directory);
  const home = useStore(app, (s) => s.home);
  const storage = useStore(app, (s) => s.storage);
  const checklist = useChecklist(storage);
  // Once shown, the town choice stays, so choosing a town does not pull it from under the finger.
  const askedHome = useRef(false);
  const pairOn = route.query.get('pair') === '1';
  const pairWith = secondLang(route.query.get('with'), lang === 'de' ? 'uk' : lang);

  const setQuery = (key: string, value: string | undefined) => {
    const q = new URLSearchParams(route.query);
    if (value === undefined) q.delete(key);
    else q.set(key, value);
    navigate(href(['ukraine'], q), true);
  };

  const guide = state.status === 'ready' ? state.guide : undefined;
  const steps = guide?.ukraine.steps ?? [];
  const needsTown = steps.some((s) => s.who.kind === 'townHall');
  if (needsTown && !home) askedHome.current = true;
  const done = countDone(steps, checklist.ticks);
  const view: StepView = { lang, tr, terms: guide?.glossary ?? [], directory, home, now: new Date(), ...(pairOn && { pairWith }) };

  return (
    <section class="screen guide guide-ukraine" {...langAttrs(lang)}>
      <h1 tabIndex={-1}>{tr('ukraine.title')}</h1>
      {appLang !== 'uk' && (
        <button type="button" class="button uk-switch" lang="uk" dir="ltr" aria-pressed={lang === 'uk'} onClick={() => setQuery('in', lang === 'uk' ? undefined : 'uk')}>
          Українською
        </button>
      )}
      {state.status === 'loading' && <p class="loading">{tr('loading')}</p>}
      {state.status === 'failed' && (
        <p class="notice notice-warning" role="alert">
          {tr('failed')}
        </p>
      )}
      {guide && (
        <>
          <p class="lead">{guide.ukraine.intro[lang]}</p>
          {askedHome.current && directory && <HomeSelect region={directory.region} home={home} lang={lang} tr={tr} />}

          <h2>{tr('ukraine.steps')}</h2>
          <VoiceNote langs={pairOn ? ['de', pairWith] : [lang]} />
          <div class="pair-switch">
            <label class="toggle">
              <input type="checkbox" checked={pairOn} onChange={(e) => setQuery('pair', e.currentTarget.checked ? '1' : undefined)} />
              <span>{tr('pair.toggle')}</span>
            </label>
            {pairOn && <SecondLangPicker value={pairWith} label={tr('pair.second')} onChange={(l) => setQuery('with', l)} />}
          </div>
          <p class="progress" role="status">
            {checklist.loaded ? tr('ukraine.progress', { count: done, total: steps.length }) : ''}
          </p>
          <ol class="checklist">
            {steps.map((s) => (
              <Step key={s.id} step={s} done={checklist.ticks[s.id] === true} onToggle={(d) => checklist.setStep(s.id, d)} view={view} />
            ))}
          </ol>

          <h2>{tr('ukraine.resources')}</h2>
          <Resources resources={guide.ukraine.resources} lang={lang} tr={tr} />

          <h2>{tr('ukraine.legal')}</h2>
          <p class="legal-note">{guide.ukraine.legalNote[lang]}</p>
          <p>
            <a class="button button-secondary" href={href(['glossary'])}>
              {tr('glossary.title')}
            </a>
          </p>
        </>
      )}
    </section>
  );
}
