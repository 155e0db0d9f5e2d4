import { useState } from 'preact/hooks';
import type { Directory, Entry } from '../../directory/types';
import { currentLang, t } from '../../i18n';
import { Icon } from '../../ui/icons';
import { entryLink } from './entry-link';
import { reportMailto } from './mailto';
import { reportText } from './report-text';
import { ShareFallback, shareWithSheet } from './ShareSheet';

/**
 * "Report a mistake": a prefilled e-mail to the district office when the region data names an
 * address; otherwise a prepared text in the user's language to send to their Lotse (share sheet,
 * copy, SMS, WhatsApp). Either way the user only has to say what is wrong.
 */
export function Report({ entry, directory }: { entry: Entry; directory: Directory }) {
  const email = directory.region.feedbackEmail?.trim();
  const link = entryLink(entry.id);
  const [text, setText] = useState<string | undefined>();
  const prepare = async () => {
    const value = reportText({ entry, version: directory.version, link, lang: currentLang(), t });
    if (!(await shareWithSheet(entry.name, value))) setText(value);
  };
  return (
    <section class="detail-section" aria-labelledby="detail-report">
      <h2 id="detail-report">{t('detail:report.title')}</h2>
      {email ? (
        <>
          <p class="detail-hint">{t('detail:report.hint')}</p>
          <a class="button button-secondary" href={reportMailto(email, { entry, version: directory.version, link })}>
            <Icon name="mail" />
            <span>{t('detail:report.button')}</span>
          </a>
        </>
      ) : (
        <>
          <p class="detail-hint">{t('detail:report.hintLotse')}</p>
          <button type="button" class="button button-secondary" onClick={() => void prepare()}>
            <Icon name="share" />
            <span>{t('detail:report.prepare')}</span>
          </button>
          {text !== undefined && <ShareFallback text={text} testId="report-text" />}
        </>
      )}
    </section>
  );
}
