import { entryFreshness, sourceAge } from '../../directory/freshness';
import type { Entry, FreshnessRule } from '../../directory/types';
import { currentLang, t } from '../../i18n';
import { formatDate } from '../../i18n/date';
import { German, GermanNote } from './German';
import { webHref } from './links';

/** Field names of the data as words, for "sources disagree: opening hours …". */
const FIELDS = new Set(['name', 'address', 'location', 'phones', 'email', 'website', 'openingHours']);

/**
 * "Information from 2022 – please check before you go", shown near the top: one stale fact (the
 * address, say) is enough to send someone to the wrong door. The region's rule says what is old.
 */
export function FreshnessWarning({ entry, now, rule }: { entry: Entry; now: Date; rule: FreshnessRule }) {
  const fresh = entryFreshness(entry, now, rule);
  if (!fresh.warn) return null;
  const oldestIsOld = fresh.oldest !== undefined && sourceAge(fresh.oldest, now, rule).old;
  const text =
    entry.sources.length === 0
      ? t('detail:sources.none')
      : !oldestIsOld
        ? t('detail:sources.undated')
        : fresh.oldestYear === fresh.newestYear
          ? t('detail:sources.old', { year: fresh.oldestYear })
          : t('detail:sources.partlyOld', { year: fresh.oldestYear });
  return (
    <p class="notice notice-warning detail-warning" role="note" data-testid="freshness-warning">
      {text}
    </p>
  );
}

/** Each source with its date and link, the year of the newest one, and where sources disagree. */
export function Sources({ entry, now, rule }: { entry: Entry; now: Date; rule: FreshnessRule }) {
  const { newestYear } = entryFreshness(entry, now, rule);
  return (
    <section class="detail-section" aria-labelledby="detail-sources">
      <h2 id="detail-sources">{t('detail:sources.title')}</h2>
      {entry.conflicts.length > 0 && (
        <div class="notice notice-warning detail-conflicts">
          <p>{t('detail:sources.conflict')}</p>
          <ul>
            {entry.conflicts.map((c) => (
              <li key={`${c.field}|${c.note}`}>
                {FIELDS.has(c.field.split('.')[0] ?? '') ? t(`detail:fields.${c.field.split('.')[0]}`) : <German>{c.field}</German>}
                : <GermanNote note={c.note} lang={currentLang()} />
              </li>
            ))}
          </ul>
        </div>
      )}
      <ul class="detail-sources">
        {entry.sources.map((source) => {
          const link = webHref(source.url);
          const age = sourceAge(source.asOf, now, rule);
          return (
            <li key={`${source.title}|${source.asOf}`} class={age.old ? 'detail-source-old' : undefined}>
              {age.year === undefined ? t('detail:sources.noDate') : t('detail:sources.asOf', { date: formatDate(source.asOf) })}{' '}
              {link ? (
                <a href={link} target="_blank" rel="noopener noreferrer" lang="de" dir="ltr">
                  {source.title}
                </a>
              ) : (
                <German>{source.title}</German>
              )}
              {age.old && <strong class="detail-old-mark"> – {t('detail:sources.oldMark')}</strong>}
            </li>
          );
        })}
      </ul>
      {newestYear !== undefined && <p class="detail-hint">{t('detail:sources.newest', { year: newestYear })}</p>}
      {entry.checked !== undefined && <p class="detail-hint">{t('detail:sources.checked', { date: formatDate(entry.checked) })}</p>}
    </section>
  );
}
