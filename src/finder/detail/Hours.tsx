import type { HoursState, TimeRange } from '../../directory/hours';
import type { Entry, Lang } from '../../directory/types';
import { currentLang, t } from '../../i18n';
import { localized } from './format';
import { German, Ltr } from './German';
import { HolidayName } from './Holiday';
import { isDataComment, rangesText } from './hours-text';
import { useHoursModule, type HoursModule } from '../use-hours';
import { useNow } from '../use-now';
import { RichText } from '../../ui/RichText';

function sameDay(a: Date, b: Date): boolean {
  return a.toDateString() === b.toDateString();
}

/** "Open now, until 16:00" and its kin, in the user's language with 24-hour times. */
function stateText(state: HoursState, now: Date, mod: HoursModule, lang: Lang): string {
  if (state.kind === 'unknown') return t(state.reason === 'uncertain' ? 'detail:hours.uncertain' : 'detail:hours.unknown');
  if (state.kind === 'openEnd') return t('detail:hours.openEnd', { time: mod.formatTime(state.since, lang) });
  if (state.kind === 'open') {
    return state.closesAt
      ? t('detail:hours.openUntil', { time: mod.formatTime(state.closesAt, lang) })
      : t('detail:hours.open');
  }
  if (!state.opensAt) return t('detail:hours.closed');
  const time = mod.formatTime(state.opensAt, lang);
  if (state.opensToday) return t('detail:hours.opensToday', { time });
  const tomorrow = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1);
  if (sameDay(state.opensAt, tomorrow)) return t('detail:hours.opensTomorrow', { time });
  return t('detail:hours.opensOn', { day: mod.formatWeekday(state.opensAt, lang), time });
}

/** A day's ranges: times left to right, a range never split over two lines; an open end in words ("from 14:00"), since "14:00–?" says nothing. */
function Ranges({ ranges }: { ranges: readonly TimeRange[] }) {
  return (
    <>
      {ranges.map((r, i) => (
        <span key={r.from} class="detail-range">
          {i > 0 && ', '}
          {r.openEnd ? openEndText(r.from) : <Ltr nowrap>{rangesText([r], openEndText)}</Ltr>}
        </span>
      ))}
    </>
  );
}

/** "from 14:00" in the reader's language. */
const openEndText = (time: string) => t('detail:hours.from', { time });

function Known({ spec, mod, now, lang }: { spec: string; mod: HoursModule; now: Date; lang: Lang }) {
  const state = mod.hoursState(spec, now);
  const week = mod.weekSchedule(spec, now);
  return (
    <>
      <p class={`detail-now detail-now-${state.kind}`} data-testid="hours-now">
        {stateText(state, now, mod, lang)}
        {state.kind === 'closed' && state.holiday && (
          <>
            {' '}
            {t('detail:hours.holidayToday')} <HolidayName name={state.holiday} lang={lang} />
          </>
        )}
        {isDataComment(state.comment, spec) && (
          <>
            {' '}
            <German>
              <RichText text={state.comment} />
            </German>
          </>
        )}
      </p>
      {week.length === 7 && (
        // The roles are the table's own: they keep it a table for screen readers in browsers that
        // drop table semantics when the CSS shows it as a list (narrow screens, see detail.css).
        <table class="detail-week" role="table">
          <caption class="visually-hidden">{t('detail:hours.week')}</caption>
          <tbody>
            {week.map((day) => {
              const today = sameDay(day.date, now);
              return (
                <tr key={day.date.toISOString()} role="row" class={today ? 'detail-today' : undefined} aria-current={today ? 'date' : undefined}>
                  <th scope="row" role="rowheader">
                    {mod.formatWeekday(day.date, lang)}
                    {today && <span class="detail-today-mark"> · {t('detail:hours.today')}</span>}
                  </th>
                  <td role="cell">
                    {day.ranges.length > 0 ? <Ranges ranges={day.ranges} /> : t('detail:hours.dayClosed')}
                    {[...new Set(day.ranges.map((r) => r.comment))].filter((c) => isDataComment(c, spec)).map((c) => (
                      <span key={c} class="detail-day-note">
                        <German>
                          <RichText text={c} />
                        </German>
                      </span>
                    ))}
                    {day.holiday && (
                      <span class="detail-holiday">
                        {t('detail:hours.holiday')} <HolidayName name={day.holiday} lang={lang} />
                      </span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </>
  );
}

/** Opening hours: the state now, this week (today marked, holidays named) and the note. */
export function Hours({ entry }: { entry: Entry }) {
  const lang = currentLang();
  const mod = useHoursModule();
  const now = useNow();
  const note = localized(entry.hoursNote, lang);
  const spec = entry.openingHours?.trim();
  const canCall = entry.phones.some((p) => !p.fax);
  return (
    <section class="detail-section detail-hours" aria-labelledby="detail-hours">
      <h2 id="detail-hours">{t('detail:hours.title')}</h2>
      {!spec ? (
        <p class="detail-unknown">{t(canCall ? 'detail:hours.unknown' : 'detail:hours.unknownNoPhone')}</p>
      ) : mod === 'failed' ? (
        <p class="notice notice-warning">{t('lazyFailed')}</p>
      ) : mod ? (
        <Known spec={spec} mod={mod} now={now} lang={lang} />
      ) : (
        <p class="loading">{t('loading')}</p>
      )}
      {note && (
        <p class="detail-note" lang={note.lang} dir="auto">
          <RichText text={note.text} />
        </p>
      )}
    </section>
  );
}
