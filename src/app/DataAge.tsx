import { formatDate, t } from '../i18n';
import { app } from './state';
import { useStore } from './store';

/** "Data as of 22 November 2026". */
export function DataAge() {
  const asOf = useStore(app, (s) => s.directory?.asOf);
  if (!asOf) return null;
  return <span class="data-age">{t('data.asOf', { date: formatDate(asOf) })}</span>;
}
