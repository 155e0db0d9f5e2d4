import './guide.css';
import { useRef } from 'preact/hooks';
import { href } from '../app/router';
import type { ScreenProps } from '../app/screens';
import { app } from '../app/state';
import { useStore } from '../app/store';
import { currentLang } from '../i18n';
import { useChecklist } from './checklist';
import { HomeSelect } from './HomeSelect';
import { langAttrs, useGuideT } from './lang';
import { useGuide } from './load';
import { Resources } from './Resources';
import { Step, type StepView } from './Step';
import type { FirstStepsId } from './types';

const PAGES: readonly FirstStepsId[] = ['asylum', 'protection'];

/** The key a tick is stored under: the page name keeps two pages' "anmeldung" apart. */
export function tickKey(page: FirstStepsId, step: string): string {
  return `${page}/${step}`;
}

/**
 * A first-steps page for one situation (`#/steps/asylum`, `#/steps/protection`): the same
 * checklist as the Ukraine page, ticks kept on the device per page, who helps in the user's town,
 * each step with its dated sources and the date by which it must be reviewed.
 */
export default function StepsScreen({ route }: ScreenProps) {
  const lang = currentLang();
  const tr = useGuideT(lang);
  const state = useGuide();
  const directory = useStore(app, (s) => s.directory);
  const home = useStore(app, (s) => s.home);
  const storage = useStore(app, (s) => s.storage);
  const checklist = useChecklist(storage);
  // Once shown, the town choice stays, so choosing a town does not pull it from under the finger.
  const askedHome = useRef(false);
  const id = PAGES.find((p) => p === route.segments[1]);
  const guide = state.status === 'ready' ? state.guide : undefined;
  const page = id && guide?.pages?.[id];
  const steps = page ? page.steps : [];
  if (steps.some((s) => s.who?.kind === 'townHall') && !home) askedHome.current = true;
  const done = id ? steps.filter((s) => checklist.ticks[tickKey(id, s.id)] === true).length : 0;
  const view: StepView = { lang, tr, terms: guide?.glossary ?? [], directory, home, now: new Date() };

  return (
    <section class="screen guide guide-steps" {...langAttrs(lang)}>
      {state.status === 'loading' && <p class="loading">{tr('loading')}</p>}
      {state.status === 'failed' && (
        <p class="notice notice-warning" role="alert">
          {tr('failed')}
        </p>
      )}
      {guide && !page && (
        <>
          <h1 tabIndex={-1}>{tr('steps.missing')}</h1>
          <p>
            <a href={href([])}>{tr('steps.home')}</a>
          </p>
        </>
      )}
      {id && page && (
        <>
          <h1 tabIndex={-1}>{page.title[lang]}</h1>
          <p class="lead">{page.intro[lang]}</p>
          {askedHome.current && directory && <HomeSelect region={directory.region} home={home} lang={lang} tr={tr} />}
          <h2>{tr('ukraine.steps')}</h2>
          <p class="progress" role="status">
            {checklist.loaded ? tr('ukraine.progress', { count: done, total: steps.length }) : ''}
          </p>
          <ol class="checklist">
            {steps.map((s) => (
              <Step
                key={s.id}
                step={s}
                done={checklist.ticks[tickKey(id, s.id)] === true}
                onToggle={(d) => checklist.setStep(tickKey(id, s.id), d)}
                view={view}
              />
            ))}
          </ol>
          {page.resources.length > 0 && (
            <>
              <h2>{tr('ukraine.resources')}</h2>
              <Resources resources={page.resources} lang={lang} tr={tr} />
            </>
          )}
          <h2>{tr('ukraine.legal')}</h2>
          <p class="legal-note">{page.legalNote[lang]}</p>
          <p>
            <a class="button button-secondary" href={href(['topic'])}>
              {tr('topic.all')}
            </a>{' '}
            <a class="button button-secondary" href={href(['glossary'])}>
              {tr('glossary.title')}
            </a>
          </p>
        </>
      )}
    </section>
  );
}
