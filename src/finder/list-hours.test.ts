import { beforeAll, describe, expect, it } from 'vitest';
import { formatTime, formatWeekday, hoursState, setHolidayRegion } from '../directory/hours';
import type { Lang } from '../directory/types';
import { changeLanguage, initI18n } from '../i18n';
import { hoursBadge } from './list-hours';

// Holidays of the region in the data: Werra-Meißner is in Hessen.
beforeAll(() => setHolidayRegion({ bbox: [50.99, 9.62, 51.42, 10.24], holidays: { country: 'de', state: 'Hessen' } }));

const JOBCENTER = 'Mo,Tu,Th 08:00-16:00; We,Fr 08:00-12:00; PH off';
const fmt = { formatTime, formatWeekday };
// 12 January 2026 is a Monday and no holiday in Hessen.
const at = (day: number, hour: number, minute = 0) => new Date(2026, 0, day, hour, minute);
const badge = (spec: string | undefined, now: Date, lang: Lang = 'de') => hoursBadge(hoursState(spec, now), now, lang, fmt);

beforeAll(async () => {
  await initI18n('de');
});

describe('hours badge in German', () => {
  it('says until when an open office stays open', () => {
    expect(badge(JOBCENTER, at(12, 10))).toEqual({ tone: 'open', text: 'Jetzt offen, bis 16:00' });
    expect(badge(JOBCENTER, at(14, 9, 30))).toEqual({ tone: 'open', text: 'Jetzt offen, bis 12:00' });
  });

  it('says when it opens later today', () => {
    expect(badge(JOBCENTER, at(12, 7, 15))).toEqual({ tone: 'closed', text: 'Öffnet heute um 08:00' });
  });

  it('says closed now after closing time, closed today on a day without hours, and when it opens next', () => {
    expect(badge(JOBCENTER, at(14, 13))).toEqual({ tone: 'closed', text: 'Jetzt geschlossen, öffnet morgen um 08:00' });
    expect(badge(JOBCENTER, at(16, 13))).toEqual({ tone: 'closed', text: 'Jetzt geschlossen, öffnet Montag um 08:00' });
    expect(badge(JOBCENTER, at(17, 13))).toEqual({ tone: 'closed', text: 'Heute geschlossen, öffnet Montag um 08:00' });
  });

  it('names a public holiday as the reason', () => {
    // 1 May 2026 is a Friday and a holiday.
    expect(badge(JOBCENTER, new Date(2026, 4, 1, 10)).text).toBe('Heute Feiertag: geschlossen, öffnet Montag um 08:00');
  });

  it('says open all the time for 24/7 and unknown for missing or unreadable hours', () => {
    expect(badge('24/7', at(12, 3))).toEqual({ tone: 'open', text: 'Immer offen' });
    expect(badge(undefined, at(12, 10))).toEqual({ tone: 'unknown', text: 'Zeiten nicht bekannt' });
    expect(badge('kaputt 99:99', at(12, 10))).toEqual({ tone: 'unknown', text: 'Zeiten nicht bekannt' });
  });

  it('names the day when an office stays open past midnight', () => {
    expect(badge('Fr 22:00-02:00', at(16, 23)).text).toBe('Jetzt offen, bis Samstag 02:00');
  });
});

describe('hours badge in other languages', () => {
  it.each([
    ['uk', 'Зараз відчинено, до 16:00'],
    ['ar', 'مفتوح الآن حتى 16:00'],
    ['fa-AF', 'حالا باز است، تا 16:00'],
  ] as const)('%s uses 24-hour Latin digits', async (lang, text) => {
    await changeLanguage(lang);
    expect(badge(JOBCENTER, at(12, 10), lang).text).toBe(text);
    await changeLanguage('de');
  });
});
