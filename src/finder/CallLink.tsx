import type { Lang, Phone } from '../directory/types';
import { t } from '../i18n';
import { Icon } from '../ui/icons';
import { telHref } from '../directory/phones';

/**
 * A big link that dials a number: "Call" (or the number's own label) and the number itself,
 * always left to right in Latin digits, also inside Arabic and Dari text.
 */
export function CallLink({ phone, lang, name }: { phone: Phone; lang: Lang; name: string }) {
  const label = phone.label?.[lang] || t('finder:help.call');
  return (
    <a class="call-link" href={telHref(phone.number)}>
      <Icon name="phone" />
      <span class="call-label">{label}</span>{' '}
      <span class="call-number" dir="ltr">
        {phone.number}
      </span>
      {/* The name completes what a screen reader says; the visible text stays the start of it. */}
      <span class="visually-hidden">{t('finder:help.callFor', { name })}</span>
    </a>
  );
}
