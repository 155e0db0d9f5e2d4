import { href } from '../app/router';
import type { Directory, Lang } from '../directory/types';
import { ListenButton } from '../ui/ListenButton';
import { GlossaryText } from './GlossaryText';
import type { GuideT } from './lang';
import { Pair } from './Pair';
import { Review } from './Review';
import { Sources } from './Sources';
import type { ChecklistStep, GlossaryTerm } from './types';
import { type Helpers as Resolved, resolveWho } from './who';
import { RichText } from '../ui/RichText';

/** How a step is shown: in the page language, and optionally German beside another language. */
export interface StepView {
  readonly lang: Lang;
  readonly tr: GuideT;
  /** The language beside German, when side by side is on. */
  readonly pairWith?: Lang;
  readonly terms: readonly GlossaryTerm[];
  readonly directory?: Directory;
  readonly home?: string;
  /** Today, for "review by" (a parameter so tests can fix the clock). */
  readonly now: Date;
}

function Helpers({ helpers, view }: { helpers: Resolved; view: StepView }) {
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
  const helpers = resolveWho(step.who, view.directory, view.home);
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
              <p>
                <RichText text={step.text[other]} />
              </p>
              <ListenButton id={`step-${step.id}-${other}`} text={`${step.title[other]}. ${step.text[other]}`} lang={other} showLanguage />
            </>
          }
        />
      ) : (
        <>
          <p>{view.lang === 'de' ? <GlossaryText text={step.text.de} terms={view.terms} /> : <RichText text={step.text[view.lang]} />}</p>
          <ListenButton id={`step-${step.id}-${view.lang}`} text={`${step.title[view.lang]}. ${step.text[view.lang]}`} lang={view.lang} />
        </>
      )}
      <Helpers helpers={helpers} view={view} />
      <Review step={step} now={view.now} lang={view.lang} tr={view.tr} helpers={helpers} />
      <Sources sources={step.sources} {...(step.checked !== undefined && { checked: step.checked })} lang={view.lang} tr={view.tr} />
    </li>
  );
}
