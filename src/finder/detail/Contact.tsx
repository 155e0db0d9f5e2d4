import type { Entry } from '../../directory/types';
import { currentLang, t } from '../../i18n';
import { Icon } from '../../ui/icons';
import { localized } from './format';
import { Ltr } from './German';
import { callablePhones } from '../../directory/phones';
import { mailtoHref, telHref, webHref } from './links';
import { InlineAddress, RichText } from '../../ui/RichText';

/** Call, write, visit the website. Fax numbers are shown (offices ask for them) but not callable. */
export function Contact({ entry }: { entry: Entry }) {
  const lang = currentLang();
  const callable = callablePhones(entry);
  const other = entry.phones.filter((p) => !callable.includes(p));
  const website = webHref(entry.website);
  return (
    <section class="detail-section" aria-labelledby="detail-contact">
      <h2 id="detail-contact">{t('detail:contact.title')}</h2>
      {callable.length === 0 && <p class="detail-unknown">{t('detail:phone.unknown')}</p>}
      <ul class="detail-actions">
        {callable.map((phone) => {
          const label = localized(phone.label, lang);
          return (
            <li key={phone.number}>
              <a class="button" href={telHref(phone.number)}>
                <Icon name="phone" />
                <span>
                  {t('detail:phone.call')} <Ltr nowrap>{phone.number}</Ltr>
                  {label && (
                    <span class="detail-phone-label" lang={label.lang}>
                      {' '}
                      · <RichText text={label.text} />
                    </span>
                  )}
                </span>
              </a>
            </li>
          );
        })}
        {entry.email && (
          <li>
            <a class="button button-secondary" href={mailtoHref(entry.email)}>
              <Icon name="mail" />
              <InlineAddress address={entry.email} />
            </a>
          </li>
        )}
        {website && (
          <li>
            <a class="button button-secondary" href={website} target="_blank" rel="noopener noreferrer">
              <Icon name="web" />
              <span>
                {t('detail:contact.website')} <InlineAddress address={new URL(website).hostname} />
              </span>
              <span class="visually-hidden">{t('detail:newTab')}</span>
            </a>
          </li>
        )}
      </ul>
      {other.map((phone) => (
        <p key={phone.number} class="detail-fax">
          {phone.fax ? t('detail:phone.fax') : t('detail:phone.notCallable')}: <Ltr nowrap>{phone.number}</Ltr>
        </p>
      ))}
    </section>
  );
}
