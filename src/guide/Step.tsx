import type { Directory, Lang, Localized, Source } from '../directory/types';
import { ListenButton } from '../ui/ListenButton';
import { EntryLinks } from './EntryLinks';
import { GlossaryText } from './GlossaryText';
import type { GuideT } from './lang';
import { Pair } from './Pair';
import { Review } from './Review';
import { reviewDue } from './review';
import { Sources } from './Sources';
import type { GlossaryTerm, Who } from './types';
import { type Helpers as Resolved, resolveWho } from './who';

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

/**
 * What every page shows of a step or topic: the Ukraine steps (who always named, perhaps a
 * documented check date), the other first-steps pages and the everyday topics (who optional).
 */
export interface StepContent {
  readonly id: string;
  readonly title: Localized;
  readonly text: Localized;
  readonly who?: Who;
  readonly sources: readonly Source[];
  readonly checked?: string;
  readonly reviewBy: string;
  /** One plain sentence: what to do (first-steps pages; topics have none). */
  readonly summary?: Localized;
  /** The step to do before the others ("Do this first"). */
  readonly first?: boolean;
}

function Helpers({ helpers, view }: { helpers: Resolved; view: StepView }) {
  if (helpers.kind === 'needsHome') return <p class="step-who">{view.tr('ukraine.whoTownHall')}</p>;
  if (helpers.entries.length === 0) return null;
  return (
    <p class="step-who">
      {view.tr('ukraine.who')}{' '}
      <EntryLinks entries={helpers.entries} />
    </p>
  );
}

/** The text in one language, its office words linked to the glossary, numbers kept left to right. */
function StepText({ step, lang, view, showLanguage }: { step: StepContent; lang: Lang; view: StepView; showLanguage?: boolean }) {
  return (
    <>
      <p>
        <GlossaryText text={step.text[lang]} terms={view.terms} lang={lang} />
      </p>
      <ListenButton id={`step-${step.id}-${lang}`} text={`${step.title[lang]}. ${step.text[lang]}`} lang={lang} {...(showLanguage && { showLanguage })} />
    </>
  );
}

/** The full text, German beside it when paired. */
function StepTexts({ step, view }: { step: StepContent; view: StepView }) {
  const other = view.pairWith;
  if (!other) return <StepText step={step} lang={view.lang} view={view} />;
  return (
    <Pair
      other={other}
      de={
        <>
          <p class="pair-title">{step.title.de}</p>
          <StepText step={step} lang="de" view={view} showLanguage />
        </>
      }
      second={
        <>
          <p class="pair-title">{step.title[other]}</p>
          <StepText step={step} lang={other} view={view} showLanguage />
        </>
      }
    />
  );
}

/** A step's or topic's body: the text (German beside it when paired), who helps, the review line, the sources. */
export function StepBody({ step, view }: { step: StepContent; view: StepView }) {
  // No `who`: the text itself names whom to ask, and so does the review warning.
  const helpers = step.who ? resolveWho(step.who, view.directory, view.home) : undefined;
  return (
    <>
      <StepTexts step={step} view={view} />
      {helpers && <Helpers helpers={helpers} view={view} />}
      <Review step={step} now={view.now} lang={view.lang} tr={view.tr} helpers={helpers} />
      <Sources sources={step.sources} {...(step.checked !== undefined && { checked: step.checked })} lang={view.lang} tr={view.tr} />
    </>
  );
}

/** The one plain sentence, German beside it when paired. */
function Summary({ summary, view }: { summary: Localized; view: StepView }) {
  const line = (lang: Lang) => (
    <p class="step-summary">
      <GlossaryText text={summary[lang]} terms={view.terms} lang={lang} />
    </p>
  );
  return view.pairWith ? <Pair other={view.pairWith} de={line('de')} second={line(view.pairWith)} /> : line(view.lang);
}

/**
 * One step of a first-steps list: its number, a box to tick, "do this first" where marked, the
 * plain sentence and who helps; the full text, the review line and the sources behind "More".
 * A passed review date stays outside the fold: it must be seen. `done` and `onToggle` work on
 * the caller's tick key (the Ukraine page: the id; others: "<page>/<id>").
 */
export function Step({ step, number, done, onToggle, view }: { step: StepContent; number: number; done: boolean; onToggle: (done: boolean) => void; view: StepView }) {
  const boxId = `step-${step.id}`;
  const helpers = step.who ? resolveWho(step.who, view.directory, view.home) : undefined;
  const due = reviewDue(step, view.now);
  const review = <Review step={step} now={view.now} lang={view.lang} tr={view.tr} helpers={helpers} />;
  return (
    <li class={done ? 'step step-done' : 'step'}>
      <div class="step-head">
        {/* The list is an <ol>: screen readers say the position, so the numeral is for the eye. */}
        <span class="step-number" aria-hidden="true" dir="ltr">
          {number}
        </span>
        <input id={boxId} type="checkbox" checked={done} onChange={(e) => onToggle(e.currentTarget.checked)} />
        <label for={boxId}>{step.title[view.lang]}</label>
      </div>
      {step.first === true && <p class="step-first">{view.tr('steps.first')}</p>}
      {step.summary && <Summary summary={step.summary} view={view} />}
      {helpers && <Helpers helpers={helpers} view={view} />}
      {due && review}
      <details class="step-more">
        <summary>{view.tr('steps.more')}</summary>
        <StepTexts step={step} view={view} />
        {!due && review}
        <Sources sources={step.sources} {...(step.checked !== undefined && { checked: step.checked })} lang={view.lang} tr={view.tr} />
      </details>
    </li>
  );
}
