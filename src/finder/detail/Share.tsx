import { useRef, useState } from 'preact/hooks';
import type { Entry, Lang } from '../../directory/types';
import { currentLang, t } from '../../i18n';
import { languageInfo } from '../../i18n/languages';
import { Icon } from '../../ui/icons';
import { RichText } from '../../ui/RichText';
import { copyText, type CopyOutcome } from './copy';
import { entryLink } from './entry-link';
import { usualWeek, weekLines } from './hours-text';
import { smsHref, whatsappHref } from './links';
import { Qr } from './Qr';
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
    return weekLines(usualWeek(weeks), (date) => mod.formatWeekday(date, lang, 'short'), rtl);
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
  const [copied, setCopied] = useState<CopyOutcome | undefined>();
  const box = useRef<HTMLDivElement>(null);

  const share = async () => {
    const value = shareText({ entry, lang, link, hours: await hoursLines(entry.openingHours, lang), t });
    if (typeof navigator.share === 'function') {
      try {
        await navigator.share({ title: entry.name, text: value });
        return;
      } catch (error) {
        // The user closed the share sheet: nothing to do. Any other failure: offer the fallbacks.
        if (error instanceof Error && error.name === 'AbortError') return;
      }
    }
    setText(value);
  };

  return (
    <section class="detail-section" aria-labelledby="detail-share">
      <h2 id="detail-share">{t('detail:share.title')}</h2>
      <button type="button" class="button" onClick={() => void share()}>
        <Icon name="share" />
        <span>{t('detail:share.button')}</span>
      </button>
      {text !== undefined && (
        <div class="detail-share">
          <p>{t('detail:share.preview')}</p>
          <div class="detail-share-text" ref={box} data-testid="share-text">
            {text.split('\n').map((line, i) => (
              <span key={i} dir="auto">
                <RichText text={line} />
              </span>
            ))}
          </div>
          <ul class="detail-actions">
            <li>
              <button
                type="button"
                class="button button-secondary"
                onClick={async () => setCopied(await copyText(text, box.current))}
              >
                <Icon name="copy" />
                <span>{t('detail:share.copy')}</span>
              </button>
            </li>
            <li>
              <a class="button button-secondary" href={smsHref(text)}>
                <Icon name="chat" />
                <span>{t('detail:share.sms')}</span>
              </a>
            </li>
            <li>
              <a class="button button-secondary" href={whatsappHref(text)} target="_blank" rel="noopener noreferrer">
                <Icon name="share" />
                <span>{t('detail:share.whatsapp')}</span>
                <span class="visually-hidden">{t('detail:newTab')}</span>
              </a>
            </li>
          </ul>
          <p role="status" class="detail-status">
            {copied && t(`detail:copy.${copied}`)}
          </p>
        </div>
      )}
      <Qr link={link} />
    </section>
  );
}
