import { href } from '../app/router';
import type { Directory, Lang } from '../directory/types';
import { formatDate } from '../i18n/date';
import { GlossaryText } from './GlossaryText';
import type { GuideT } from './lang';
import { Sources } from './Sources';
import type { GlossaryTerm, PageStep, TopicPage } from './types';
import { resolveWho } from './who';

/** What a step or topic needs to show itself: language, strings, glossary, directory, home town. */
export interface PageView {
  readonly lang: Lang;
  readonly tr: GuideT;
  readonly terms: readonly GlossaryTerm[];
  readonly directory?: Directory;
  readonly home?: string;
}

/** Who helps, resolved for the user's town; nothing when the step names no helper. */
export function PageHelpers({ item, view }: { item: PageStep | TopicPage; view: PageView }) {
  if (!item.who) return null;
  const helpers = resolveWho(item.who, view.directory, view.home);
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

/** The text (German linked to the glossary), who helps, the dated sources and the review date. */
export function PageBody({ item, view }: { item: PageStep | TopicPage; view: PageView }) {
  return (
    <>
      <p>{view.lang === 'de' ? <GlossaryText text={item.text.de} terms={view.terms} /> : item.text[view.lang]}</p>
      <PageHelpers item={item} view={view} />
      <Sources sources={item.sources} lang={view.lang} tr={view.tr} />
      <p class="step-review">{view.tr('steps.reviewBy', { date: formatDate(item.reviewBy, view.lang) })}</p>
    </>
  );
}

/** One step of a first-steps page: a box to tick, then its body. */
export function PageStepItem({ step, done, onToggle, view }: { step: PageStep; done: boolean; onToggle: (done: boolean) => void; view: PageView }) {
  const boxId = `step-${step.id}`;
  return (
    <li class={done ? 'step step-done' : 'step'}>
      <div class="step-head">
        <input id={boxId} type="checkbox" checked={done} onChange={(e) => onToggle(e.currentTarget.checked)} />
        <label for={boxId}>{step.title[view.lang]}</label>
      </div>
      <PageBody item={step} view={view} />
    </li>
  );
}
