import { href } from '../app/router';
import type { Directory, Lang } from '../directory/types';
import { ListenButton } from '../ui/ListenButton';
import { GlossaryText } from './GlossaryText';
import type { GuideT } from './lang';
import { Pair } from './Pair';
import { Sources } from './Sources';
import type { ChecklistStep, GlossaryTerm } from './types';
import { resolveWho } from './who';

/** How a step is shown: in the page language, and optionally German beside another language. */
export interface StepView {
  readonly lang: Lang;
  readonly tr: GuideT;
  /** The language beside German, when side by side is on. */
  readonly pairWith?: Lang;
  readonly terms: readonly GlossaryTerm[];
  readonly directory?: Directory;
  readonly home?: string;
}

function Helpers({ step, view }: { step: ChecklistStep; view: StepView }) {
  const helpers = resolveWho(step.who, view.directory, view.home);
  if (helpers.kind === 'needsHome') return <p class="step-who">{view.tr('ukraine.whoTownHall')}</p>;
  if (helpers.entries.length === 0) return null;
  return (
    <p class="step-who">
      {view.tr('ukraine.who')}{' '}
      {helpers.entries.map((e, i) => (
        <span key={e.id}>
          {i > 0 && ', '}
          <a href={href(['e', e.id])} lang="de" dir="ltr">
            {e.name}
          </a>
        </span>
      ))}
    </p>
  );
}

/** One step of the first-steps list: a box to tick, what to do, who helps, and the sources. */
export function Step({ step, done, onToggle, view }: { step: ChecklistStep; done: boolean; onToggle: (done: boolean) => void; view: StepView }) {
  const boxId = `step-${step.id}`;
  const other = view.pairWith;
  return (
    <li class={done ? 'step step-done' : 'step'}>
      <div class="step-head">
        <input id={boxId} type="checkbox" checked={done} onChange={(e) => onToggle(e.currentTarget.checked)} />
        <label for={boxId}>{step.title[view.lang]}</label>
      </div>
      {other ? (
        <Pair
          other={other}
          de={
            <>
              <p class="pair-title">{step.title.de}</p>
              <p>
                <GlossaryText text={step.text.de} terms={view.terms} />
              </p>
              <ListenButton id={`step-${step.id}-de`} text={`${step.title.de}. ${step.text.de}`} lang="de" showLanguage />
            </>
          }
          second={
            <>
              <p class="pair-title">{step.title[other]}</p>
              <p>{step.text[other]}</p>
              <ListenButton id={`step-${step.id}-${other}`} text={`${step.title[other]}. ${step.text[other]}`} lang={other} showLanguage />
            </>
          }
        />
      ) : (
        <>
          <p>{view.lang === 'de' ? <GlossaryText text={step.text.de} terms={view.terms} /> : step.text[view.lang]}</p>
          <ListenButton id={`step-${step.id}-${view.lang}`} text={`${step.title[view.lang]}. ${step.text[view.lang]}`} lang={view.lang} />
        </>
      )}
      <Helpers step={step} view={view} />
      <Sources sources={step.sources} checked={step.checked} lang={view.lang} tr={view.tr} />
    </li>
  );
}
