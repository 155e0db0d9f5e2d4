import { useMemo } from 'preact/hooks';
import { href } from '../app/router';
import type { ScreenProps } from '../app/router';
import { app } from '../app/state';
import { useStore } from '../app/store';
import type { Entry, Lang } from '../directory/types';
import { currentLang, t } from '../i18n';
import { CallLink } from './CallLink';
import { callablePhones } from '../directory/phones';
import { emergencyList, isEmergencyCall } from './emergency-model';
import { HoursBadge } from './HoursBadge';
import { firstSentence } from './list-model';
import { useHours, type HoursModule } from './use-hours';
import { useNow } from './use-now';
import './finder.css';
import { RichText } from '../ui/RichText';

/** Emergency numbers and help lines, each one tap from dialling; every number comes from the data. */
export default function EmergencyScreen(_props: ScreenProps) {
  const directory = useStore(app, (s) => s.directory);
  const dataFailed = useStore(app, (s) => s.dataFailed);
  const lang = currentLang();
  const hours = useHours();
  const now = useNow();
  const list = useMemo(() => (directory ? emergencyList(directory) : undefined), [directory]);
  // 112 and 110 stand apart at the top: in danger nobody should have to read past the help lines.
  const calls = list?.emergency.filter(isEmergencyCall) ?? [];
  const lines = list?.emergency.filter((e) => !isEmergencyCall(e)) ?? [];

  return (
    <section class="screen help-screen">
      <h1 tabIndex={-1}>{t('finder:help.title')}</h1>
      {!list && (
        <p class={dataFailed ? 'notice notice-error' : 'loading'} role={dataFailed ? 'alert' : 'status'}>
          {dataFailed ? t('data.failed') : t('loading')}
        </p>
      )}
      {list && (
        <>
          <p class="lead">{t('finder:help.lead')}</p>
          <h2>{t('finder:help.calls')}</h2>
          <ul class="help-list help-list-calls">
            {calls.map((entry) => (
              <HelpCard key={entry.id} entry={entry} lang={lang} hours={hours} now={now} alarm />
            ))}
          </ul>
          <h2>{t('finder:help.lines')}</h2>
          <ul class="help-list">
            {lines.map((entry) => (
              <HelpCard key={entry.id} entry={entry} lang={lang} hours={hours} now={now} />
            ))}
          </ul>
          {list.hotline && (
            <>
              <h2>{t('finder:help.questions')}</h2>
              <ul class="help-list">
                <HelpCard entry={list.hotline} lang={lang} hours={hours} now={now} />
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}

/**
 * One number: first what it is for, in the reader's language (the description's first sentence),
 * then the official German name, which is what the person hears when the call is answered.
 */
function HelpCard(props: { entry: Entry; lang: Lang; hours: HoursModule | undefined; now: Date; alarm?: boolean }) {
  const { entry, lang, hours, now, alarm } = props;
  const own = entry.description[lang];
  return (
    <li class={alarm ? 'help-card help-card-alarm' : 'help-card'}>
      <h3 class="help-name" {...(own ? {} : { lang: 'de', dir: 'ltr' })}>
        <RichText text={firstSentence(own || entry.description.de)} />
      </h3>
      <p class="help-official">
        <span lang="de" dir="ltr">
          {entry.name}
        </span>
      </p>
      {callablePhones(entry).map((phone) => (
        <CallLink key={phone.number} phone={phone} lang={lang} name={entry.name} />
      ))}
      <p class="help-more">
        {!entry.openingHours && entry.hoursNote ? (
          <span class="hours-note" {...(entry.hoursNote[lang] ? {} : { lang: 'de', dir: 'ltr' })}>
            <RichText text={entry.hoursNote[lang] || entry.hoursNote.de} />
          </span>
        ) : (
          <HoursBadge entry={entry} hours={hours} now={now} lang={lang} />
        )}
        <a href={href(['e', entry.id])} aria-label={t('finder:help.moreAbout', { name: entry.name })}>
          {t('finder:help.more')}
        </a>
      </p>
    </li>
  );
}
