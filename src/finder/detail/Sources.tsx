import { entryFreshness, OLD_BEFORE_YEAR, sourceAge } from '../../directory/freshness';
import type { Entry } from '../../directory/types';
import { currentLang, formatDate, t } from '../../i18n';
import { German, GermanNote } from './German';
import { webHref } from './links';

/** Field names of the data as words, for "sources disagree: opening hours …". */
const FIELDS = new Set(['name', 'address', 'location', 'phones', 'email', 'website', 'openingHours']);

/**
 * "As of 2022 – please check before you go", shown near the top: one stale fact (the address,
 * say) is enough to send someone to the wrong door.
 */
export function FreshnessWarning({ entry, now }: { entry: Entry; now: Date }) {
  const fresh = entryFreshness(entry, now);
  if (!fresh.warn) return null;
  const text =
    entry.sources.length === 0
      ? t('detail:sources.none')
      : fresh.oldestYear !== undefined && fresh.oldestYear < OLD_BEFORE_YEAR
        ? t('detail:sources.old', { year: fresh.oldestYear })
        : t('detail:sources.undated');
  return (
    <p class="notice notice-warning detail-warning" role="note" data-testid="freshness-warning">
      {text}
    </p>
  );
}

/** Each source with its date and link, the project's last check, and where sources disagree. */
export function Sources({ entry, now }: { entry: Entry; now: Date }) {
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
          const age = sourceAge(source.asOf, now);
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
      <p class="detail-hint">{t('detail:sources.checked', { date: formatDate(entry.checked) })}</p>
    </section>
  );
}
