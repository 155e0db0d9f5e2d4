import { useRef, useState } from 'preact/hooks';
import { t } from '../../i18n';
import { Icon } from '../../ui/icons';
import { RichText } from '../../ui/RichText';
import { copyText, type CopyOutcome } from './copy';
import { smsHref, whatsappHref } from './links';

/**
 * Hands a text to the phone's share sheet. True when that is done (shared, or closed by the
 * user); false when there is no share sheet or it failed, so the caller shows ShareFallback.
 */
export async function shareWithSheet(title: string, text: string): Promise<boolean> {
  if (typeof navigator.share !== 'function') return false;
  try {
    await navigator.share({ title, text });
    return true;
  } catch (error) {
    // The user closed the share sheet: nothing to do. Any other failure: offer the fallbacks.
    return error instanceof Error && error.name === 'AbortError';
  }
}

/** The text to send, with copy, SMS (reaches a phone without mobile data) and WhatsApp. */
export function ShareFallback({ text, testId }: { text: string; testId: string }) {
  const [copied, setCopied] = useState<CopyOutcome | undefined>();
  const box = useRef<HTMLDivElement>(null);
  return (
    <div class="detail-share">
      <p>{t('detail:share.preview')}</p>
      <div class="detail-share-text" ref={box} data-testid={testId}>
        {text.split('\n').map((line, i) => (
          <span key={i} dir="auto">
            <RichText text={line} />
          </span>
        ))}
      </div>
      <ul class="detail-actions">
        <li>
          <button type="button" class="button button-secondary" onClick={async () => setCopied(await copyText(text, box.current))}>
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
  );
}
