import { t } from '../i18n';
import { app } from './state';
import { useStore } from './store';

/**
 * "Information from sources of 2013 to 2026": the span of the source years, not a single date,
 * because one recent source does not make the whole directory that fresh.
 */
export function DataAge() {
  const years = useStore(app, (s) => s.summary?.sourceYears);
  if (!years) return null;
  return <span class="data-age">{t('data.years', years)}</span>;
}
