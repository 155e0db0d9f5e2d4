import './guide.css';
import { useState } from 'preact/hooks';
import { href, navigate } from '../app/router';
import type { ScreenProps } from '../app/router';
import type { Lang } from '../directory/types';
import { currentLang } from '../i18n';
import { searchGlossary } from './glossary';
import { ListenButton, VoiceNote } from '../ui/ListenButton';
import { GlossaryText } from './GlossaryText';
import { useGuideT } from './lang';
import { useGuide } from './load';
import type { GlossaryTerm } from './types';
import { RichText } from '../ui/RichText';

function Term({ term, terms, lang }: { term: GlossaryTerm; terms: readonly GlossaryTerm[]; lang: Lang }) {
  return (
    <li class="term" id={`term-${term.id}`}>
      <h2 lang="de" dir="ltr">
        {term.article && <span class="term-article">{term.article} </span>}
        {term.de}
      </h2>
      {lang !== 'de' && <p class="term-translation">{term.translation[lang]}</p>}
      <p>
        <RichText text={term.explain[lang]} />
      </p>
      {lang !== 'de' && (
        <ListenButton id={`term-${term.id}-${lang}`} text={`${term.translation[lang]}. ${term.explain[lang]}`} lang={lang} showLanguage />
      )}
      {lang !== 'de' && (
        <p class="term-german" lang="de" dir="ltr">
          <GlossaryText text={term.explain.de} terms={terms} except={term.id} />
        </p>
      )}
      <ListenButton id={`term-${term.id}-de`} text={`${term.article ? `${term.article} ` : ''}${term.de}. ${term.explain.de}`} lang="de" showLanguage={lang !== 'de'} />
    </li>
  );
}

/**
 * Words from the office (#/glossary, #/glossary?term=<id>): each German word with its article, the
 * word in the user's language and a plain explanation; German below for the Lotse. Searchable in
 * all four languages and scripts.
 */
export default function GlossaryScreen({ route }: ScreenProps) {
  const lang = currentLang();
  const tr = useGuideT(lang);
  const state = useGuide();
  const [query, setQuery] = useState(route.query.get('q') ?? '');
  const termId = route.query.get('term');
  const terms = state.status === 'ready' ? state.guide.glossary : [];
  const one = termId === null ? undefined : terms.find((t) => t.id === termId);
  const shown = one ? [one] : searchGlossary(terms, query);

  const onInput = (value: string) => {
    setQuery(value);
    navigate(href(['glossary'], value.trim() ? new URLSearchParams({ q: value }) : undefined), true);
  };

  return (
    <section class="screen guide glossary-screen">
      <h1 tabIndex={-1}>{tr('glossary.title')}</h1>
      <p class="lead">{tr('glossary.lead')}</p>
      <VoiceNote langs={['de', lang]} />
      {state.status === 'failed' && (
        <p class="notice notice-warning" role="alert">
          {tr('failed')}
        </p>
      )}
      <form class="search-form" role="search" onSubmit={(e) => e.preventDefault()}>
        <label for="glossary-search" class="visually-hidden">
          {tr('glossary.search')}
        </label>
        <input
          id="glossary-search"
          type="search"
          placeholder={tr('glossary.placeholder')}
          value={query}
          onInput={(e) => onInput(e.currentTarget.value)}
          autoComplete="off"
          enterKeyHint="search"
        />
      </form>
      {one && (
        <p>
          <a href={href(['glossary'])}>{tr('glossary.all', { count: terms.length })}</a>
        </p>
      )}
      {state.status === 'ready' && !one && (
        <p class="glossary-count" role="status">
          {shown.length === 0 ? tr('glossary.none') : tr('glossary.count', { count: shown.length })}
        </p>
      )}
      <ul class="terms">
        {shown.map((term) => (
          <Term key={term.id} term={term} terms={terms} lang={lang} />
        ))}
      </ul>
    </section>
  );
}
