import './guide.css';
import { href, navigate } from '../app/router';
import type { ScreenProps } from '../app/router';
import type { Lang } from '../directory/types';
import { currentLang } from '../i18n';
import { GuideStatus } from './GuideStatus';
import { HomeSelect } from './HomeSelect';
import { langAttrs, useGuideT } from './lang';
import { SecondLangPicker, secondLang } from './Pair';
import type { StepView } from './Step';
import { PageEnd, StepList, useStepsPage } from './StepList';
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
  const { state, guide, steps, directory, home, checklist, askHome } = useStepsPage((g) => g.ukraine.steps);
  const pairOn = route.query.get('pair') === '1';
  const pairWith = secondLang(route.query.get('with'), lang === 'de' ? 'uk' : lang);

  const setQuery = (key: string, value: string | undefined) => {
    const q = new URLSearchParams(route.query);
    if (value === undefined) q.delete(key);
    else q.set(key, value);
    navigate(href(['ukraine'], q), true);
  };

  const view: StepView = { lang, tr, terms: guide?.glossary ?? [], directory, home, now: new Date(), ...(pairOn && { pairWith }) };

  return (
    <section class="screen guide guide-ukraine" {...langAttrs(lang)}>
      <h1 tabIndex={-1}>{tr('ukraine.title')}</h1>
      {appLang !== 'uk' && (
        <button type="button" class="button uk-switch" lang="uk" dir="ltr" aria-pressed={lang === 'uk'} onClick={() => setQuery('in', lang === 'uk' ? undefined : 'uk')}>
          Українською
        </button>
      )}
      <GuideStatus state={state} tr={tr} />
      {guide && (
        <>
          <p class="lead">{guide.ukraine.intro[lang]}</p>
          {askHome && directory && <HomeSelect region={directory.region} home={home} lang={lang} tr={tr} />}

          <h2>{tr('ukraine.steps')}</h2>
          <VoiceNote langs={pairOn ? ['de', pairWith] : [lang]} />
          <div class="pair-switch">
            <label class="toggle">
              <input type="checkbox" checked={pairOn} onChange={(e) => setQuery('pair', e.currentTarget.checked ? '1' : undefined)} />
              <span>{tr('pair.toggle')}</span>
            </label>
            {pairOn && <SecondLangPicker value={pairWith} label={tr('pair.second')} onChange={(l) => setQuery('with', l)} />}
          </div>
          <StepList steps={steps} checklist={checklist} view={view} tickKey={(id) => id} />

          <PageEnd resources={guide.ukraine.resources} legalNote={guide.ukraine.legalNote} view={view} />
        </>
      )}
    </section>
  );
}
