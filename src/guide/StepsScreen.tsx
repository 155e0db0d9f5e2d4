import './guide.css';
import { href } from '../app/router';
import type { ScreenProps } from '../app/router';
import { currentLang } from '../i18n';
import { GuideStatus } from './GuideStatus';
import { HomeSelect } from './HomeSelect';
import { langAttrs, useGuideT } from './lang';
import type { StepView } from './Step';
import { PageEnd, StepList, useStepsPage } from './StepList';
import type { FirstStepsId } from './types';
import { VoiceNote } from '../ui/ListenButton';

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
  const id = PAGES.find((p) => p === route.segments[1]);
  const { state, guide, steps, directory, home, checklist, askHome } = useStepsPage((g) => (id && g.pages?.[id]?.steps) || []);
  const page = id && guide?.pages?.[id];
  const view: StepView = { lang, tr, terms: guide?.glossary ?? [], directory, home, now: new Date() };

  return (
    <section class="screen guide guide-steps" {...langAttrs(lang)}>
      <GuideStatus state={state} tr={tr} />
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
          {askHome && directory && <HomeSelect region={directory.region} home={home} lang={lang} tr={tr} />}
          <h2>{tr('ukraine.steps')}</h2>
          <VoiceNote langs={[lang]} />
          <StepList steps={steps} checklist={checklist} view={view} tickKey={(step) => tickKey(id, step)} />
          <PageEnd resources={page.resources} legalNote={page.legalNote} view={view} />
        </>
      )}
    </section>
  );
}
