import type { ScreenProps } from '../app/screens';
import { t } from '../i18n';

/** Placeholder until this screen is built: says so instead of pretending. */
export default function Screen(_props: ScreenProps) {
  return (
    <section class="screen">
      <h1 tabIndex={-1}>{t('notFound.title')}</h1>
    </section>
  );
}
