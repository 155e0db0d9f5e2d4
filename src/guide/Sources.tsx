import type { Lang, Source } from '../directory/types';
import { formatDate } from '../i18n/date';
import type { GuideT } from './lang';

/**
 * Where a statement comes from and how old that source is: "As of 31 August 2023, source: …".
 * Source titles are German (they name German laws and offices), so they are marked as such.
 */
export function Sources({ sources, lang, tr, checked }: { sources: readonly Source[]; lang: Lang; tr: GuideT; checked?: string }) {
  return (
    <ul class="sources">
      {sources.map((s, i) => (
        <li key={i}>
          {tr('source.line', { date: formatDate(s.asOf, lang) })}{' '}
          {s.url ? (
            <a href={s.url} target="_blank" rel="noopener noreferrer" lang="de" dir="ltr">
              {s.title}
            </a>
          ) : (
            <cite lang="de" dir="ltr">
              {s.title}
            </cite>
          )}
        </li>
      ))}
      {checked && <li>{tr('source.checked', { date: formatDate(checked, lang) })}</li>}
    </ul>
  );
}
