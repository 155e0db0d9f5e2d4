import { useState } from 'preact/hooks';
import type { Entry, Lang } from '../../directory/types';
import { currentLang, t } from '../../i18n';
import { languageInfo } from '../../i18n/languages';
import { Icon } from '../../ui/icons';
import { entryLink } from './entry-link';
import { usualWeek, weekLines } from './hours-text';
import { Qr } from './Qr';
import { ShareFallback, shareWithSheet } from './ShareSheet';
import { shareText } from './share-text';
import { loadHours } from '../use-hours';

/** The usual week as short lines; the raw spec if the hours module cannot be loaded (offline, not cached). */
async function hoursLines(spec: string | undefined, lang: Lang): Promise<readonly string[] | undefined> {
  if (!spec) return undefined;
  try {
    const mod = await loadHours();
    const now = new Date();
    const weeks = [0, 1, 2, 3].map((i) =>
      mod.weekSchedule(spec, new Date(now.getFullYear(), now.getMonth(), now.getDate() + 7 * i)),
    );
    const rtl = languageInfo(lang)?.dir === 'rtl';
    const openEnd = (time: string) => t('detail:hours.from', { time });
    return weekLines(usualWeek(weeks), (date) => mod.formatWeekday(date, lang, 'short'), openEnd, rtl);
  } catch {
    return [spec];
  }
}

/**
 * Share the entry as plain text: the phone's share sheet where there is one, otherwise copy,
 * SMS (reaches a phone without mobile data) and WhatsApp. Also the QR code of the link.
 */
export function Share({ entry }: { entry: Entry }) {
  const lang = currentLang();
  const link = entryLink(entry.id);
  const [text, setText] = useState<string | undefined>();

  const share = async () => {
    const value = shareText({ entry, lang, link, hours: await hoursLines(entry.openingHours, lang), t });
    if (!(await shareWithSheet(entry.name, value))) setText(value);
  };

  return (
    <section class="detail-section" aria-labelledby="detail-share">
      <h2 id="detail-share">{t('detail:share.title')}</h2>
      <button type="button" class="button" onClick={() => void share()}>
        <Icon name="share" />
        <span>{t('detail:share.button')}</span>
      </button>
      {text !== undefined && <ShareFallback text={text} testId="share-text" />}
      <Qr link={link} />
    </section>
  );
}
