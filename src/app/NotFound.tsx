import { t } from '../i18n';
import { href } from './router';

/** A link that leads nowhere (an old share, a typo): say so and offer the way home. */
export default function NotFound() {
  return (
    <section class="screen">
      <h1 tabIndex={-1}>{t('notFound.title')}</h1>
      <p>{t('notFound.text')}</p>
      <a class="button" href={href([])}>
        {t('nav.home')}
      </a>
    </section>
  );
}
