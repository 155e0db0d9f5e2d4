import { href } from '../../app/router';
import { t } from '../../i18n';
import { Icon } from '../../ui/icons';

/** An old or mistyped link: say the entry is gone and offer the search, not an empty page. */
export function Missing() {
  return (
    <section class="screen detail">
      <h1 tabIndex={-1}>{t('detail:missing.title')}</h1>
      <p>{t('detail:missing.text')}</p>
      <a class="button" href={href(['list'])}>
        <Icon name="search" />
        <span>{t('detail:missing.search')}</span>
      </a>
    </section>
  );
}
