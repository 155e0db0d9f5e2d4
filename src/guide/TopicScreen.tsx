import './guide.css';
import { href } from '../app/router';
import type { ScreenProps } from '../app/router';
import { app } from '../app/state';
import { useStore } from '../app/store';
import { currentLang } from '../i18n';
import { GuideStatus } from './GuideStatus';
import { langAttrs, useGuideT } from './lang';
import { useGuide } from './load';
import { StepBody, type StepView } from './Step';
import { VoiceNote } from '../ui/ListenButton';

/**
 * Everyday topics: `#/topic` lists them, `#/topic/<id>` shows one (family doctor, Kita,
 * Kindergeld …) with who helps in the user's town and its dated sources.
 */
export default function TopicScreen({ route }: ScreenProps) {
  const lang = currentLang();
  const tr = useGuideT(lang);
  const state = useGuide();
  const directory = useStore(app, (s) => s.directory);
  const home = useStore(app, (s) => s.home);
  const guide = state.status === 'ready' ? state.guide : undefined;
  const topics = guide?.topics ?? [];
  const wanted = route.segments[1];
  const topic = wanted === undefined ? undefined : topics.find((t) => t.id === wanted);
  const view: StepView = { lang, tr, terms: guide?.glossary ?? [], directory, home, now: new Date() };

  return (
    <section class="screen guide guide-topic" {...langAttrs(lang)}>
      <GuideStatus state={state} tr={tr} />
      {guide && topic && (
        <article class="topic">
          <h1 tabIndex={-1}>{topic.title[lang]}</h1>
          <VoiceNote langs={[lang]} />
          <StepBody step={topic} view={view} />
        </article>
      )}
      {guide && !topic && (
        <>
          <h1 tabIndex={-1}>{wanted === undefined ? tr('topic.all') : tr('steps.missing')}</h1>
          <ul class="topic-list">
            {topics.map((t) => (
              <li key={t.id}>
                <a href={href(['topic', t.id])}>{t.title[lang]}</a>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
