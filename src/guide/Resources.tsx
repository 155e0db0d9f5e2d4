import { telHref } from '../directory/phones';
import type { Lang } from '../directory/types';
import { Icon } from '../ui/icons';
import type { GuideT } from './lang';
import { Sources } from './Sources';
import type { Resource } from './types';
import { InlineAddress } from '../ui/RichText';


/** Trusted portals and hotlines, each with the date of the source that names it. */
export function Resources({ resources, lang, tr }: { resources: readonly Resource[]; lang: Lang; tr: GuideT }) {
  return (
    <ul class="resources">
      {resources.map((r) => (
        <li key={r.url}>
          <p class="resource-title">{r.title[lang]}</p>
          <p class="resource-links">
            <a class="resource-link" href={r.url} target="_blank" rel="noopener noreferrer" dir="ltr">
              <Icon name="web" />
              <InlineAddress address={r.url.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '')} />
            </a>
            {r.phone && (
              <a class="resource-link" href={telHref(r.phone)} dir="ltr">
                <Icon name="phone" />
                <span class="nowrap">{r.phone}</span>
              </a>
            )}
          </p>
          <Sources sources={r.sources} lang={lang} tr={tr} />
        </li>
      ))}
    </ul>
  );
}
