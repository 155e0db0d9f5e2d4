import { useRef } from 'preact/hooks';
import { href } from '../app/router';
import type { Localized } from '../directory/types';
import { app } from '../app/state';
import { useLoading } from '../app/ready';
import { useStore } from '../app/store';
import { type Checklist, useChecklist } from './checklist';
import { useGuide } from './load';
import { Resources } from './Resources';
import { Step, type StepContent, type StepView } from './Step';
import type { Guide, Resource } from './types';

/**
 * What every first-steps page reads: the guide, its `stepsOf` the page, the directory, the user's
 * town, the ticks, and whether to ask for the town (a step goes to the town hall, no town chosen).
 */
export function useStepsPage(stepsOf: (guide: Guide) => readonly StepContent[]) {
  const state = useGuide();
  const directory = useStore(app, (s) => s.directory);
  const home = useStore(app, (s) => s.home);
  const checklist = useChecklist(useStore(app, (s) => s.storage));
  // The boxes are drawn before the ticks are read from the device: not ready until they are.
  useLoading(!checklist.loaded);
  // Once shown, the town choice stays, so choosing a town does not pull it from under the finger.
  const askedHome = useRef(false);
  const guide = state.status === 'ready' ? state.guide : undefined;
  const steps = guide ? stepsOf(guide) : [];
  if (!home && steps.some((s) => s.who?.kind === 'townHall')) askedHome.current = true;
  return { state, guide, steps, directory, home, checklist, askHome: askedHome.current };
}

/**
 * The progress line and the ticked list of steps. `tickKey` names where a step's tick is kept:
 * the Ukraine page keeps the step id, the other pages "<page>/<step>".
 */
export function StepList({ steps, checklist, view, tickKey }: { steps: readonly StepContent[]; checklist: Checklist; view: StepView; tickKey: (id: string) => string }) {
  const done = steps.filter((s) => checklist.ticks[tickKey(s.id)] === true).length;
  return (
    <>
      <p class="progress" role="status">
        {checklist.loaded ? view.tr('ukraine.progress', { count: done, total: steps.length }) : ''}
      </p>
      <ol class="checklist">
        {steps.map((s, i) => (
          <Step key={s.id} step={s} number={i + 1} done={checklist.ticks[tickKey(s.id)] === true} onToggle={(d) => checklist.setStep(tickKey(s.id), d)} view={view} />
        ))}
      </ol>
    </>
  );
}

/** The end of a first-steps page: its help resources, the legal note, the ways on to the topics and the glossary. */
export function PageEnd({ resources, legalNote, view }: { resources: readonly Resource[]; legalNote: Localized; view: StepView }) {
  const { lang, tr } = view;
  return (
    <>
      {resources.length > 0 && (
        <>
          <h2>{tr('ukraine.resources')}</h2>
          <Resources resources={resources} lang={lang} tr={tr} />
        </>
      )}
      <h2>{tr('ukraine.legal')}</h2>
      <p class="legal-note">{legalNote[lang]}</p>
      <p>
        <a class="button button-secondary" href={href(['topic'])}>
          {tr('topic.all')}
        </a>{' '}
        <a class="button button-secondary" href={href(['glossary'])}>
          {tr('glossary.title')}
        </a>
      </p>
    </>
  );
}
