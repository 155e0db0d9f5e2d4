import { t } from '../i18n';
import { app } from './state';
import { useStore } from './store';

/**
 * "Information from sources of 2013 to 2026": the span of the source years, not a single date,
 * because one recent source does not make the whole directory that fresh.
 */
export function DataAge() {
  const entries = useStore(app, (s) => s.directory?.entries);
  const years = (entries ?? []).flatMap((e) => e.sources.map((s) => Number(s.asOf.slice(0, 4)))).filter((y) => y > 1900);
  if (years.length === 0) return null;
  return <span class="data-age">{t('data.years', { from: Math.min(...years), to: Math.max(...years) })}</span>;
}
