import { callablePhones } from '../directory/phones';
import type { Entry, Lang } from '../directory/types';
import { t } from '../i18n';
import { CallLink } from './CallLink';
import { isEmergencyCall } from './emergency-model';
import { firstSentence } from './list-model';

/**
 * 112 and 116 117 with their call buttons: what helps a sick person at night when no practice is
 * open. Each says in the reader's language what it is for; the numbers come from the data.
 */
export function UrgentCalls({ entries, lang }: { entries: readonly Entry[]; lang: Lang }) {
  if (entries.length === 0) return null;
  return (
    <section class="urgent" aria-labelledby="urgent-title">
      <h2 id="urgent-title">{t('finder:urgent.title')}</h2>
      <ul class="help-list">
        {entries.map((entry) => {
          const own = entry.description[lang];
          const phone = callablePhones(entry)[0];
          return (
            <li key={entry.id} class={isEmergencyCall(entry) ? 'help-card help-card-alarm' : 'help-card'} data-entry={entry.id}>
              <p {...(own ? {} : { lang: 'de', dir: 'ltr' })}>{firstSentence(own || entry.description.de)}</p>
              {phone && <CallLink phone={phone} lang={lang} name={entry.name} />}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
