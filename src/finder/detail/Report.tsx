import type { Directory, Entry } from '../../directory/types';
import { t } from '../../i18n';
import { Icon } from '../../ui/icons';
import { entryLink } from './entry-link';
import { reportMailto } from './mailto';

/**
 * "Report a mistake" as a prefilled e-mail to the district office. Without an address in the
 * region data there is no button, and the screen says so instead of offering a dead end.
 */
export function Report({ entry, directory }: { entry: Entry; directory: Directory }) {
  const email = directory.region.feedbackEmail?.trim();
  return (
    <section class="detail-section" aria-labelledby="detail-report">
      <h2 id="detail-report">{t('detail:report.title')}</h2>
      {email ? (
        <>
          <p class="detail-hint">{t('detail:report.hint')}</p>
          <a
            class="button button-secondary"
            href={reportMailto(email, { entry, version: directory.version, link: entryLink(entry.id) })}
          >
            <Icon name="mail" />
            <span>{t('detail:report.button')}</span>
          </a>
        </>
      ) : (
        <p class="detail-unknown">{t('detail:report.none')}</p>
      )}
    </section>
  );
}
