import { beforeAll, describe, expect, it } from 'vitest';
import { formatTime, formatWeekday, holidayName, hoursState, isOpenNow, weekSchedule, setHolidayRegion } from './hours';
import { LANGS } from './types';

// Holidays of the region in the data: Werra-Meißner is in Hessen.
beforeAll(() => setHolidayRegion({ bbox: [50.99, 9.62, 51.42, 10.24], holidays: { country: 'de', state: 'Hessen' } }));

// Local-time constructors: the library and the UI both work in the device's time zone.
const at = (y: number, m: number, d: number, h = 0, min = 0) => new Date(y, m - 1, d, h, min);

const OFFICE = 'Mo-Fr 08:00-16:00; PH off';

describe('Hessen public holidays', () => {
  it('knows Fronleichnam (2026-06-04) as a holiday in Hessen', () => {
    expect(holidayName(at(2026, 6, 4, 10))).toBe('Fronleichnam');
    expect(hoursState(OFFICE, at(2026, 6, 4, 10))).toMatchObject({ kind: 'closed', holiday: 'Fronleichnam' });
  });

  it('does not treat Reformationstag (2026-10-31) as a holiday in Hessen', () => {
    expect(holidayName(at(2026, 10, 31, 10))).toBeUndefined();
    // 31 October 2026 is a Saturday: an office open on Saturdays stays open.
    expect(hoursState('Mo-Sa 08:00-16:00; PH off', at(2026, 10, 31, 10)).kind).toBe('open');
  });

  it('knows the nationwide holidays', () => {
    expect(holidayName(at(2026, 10, 3, 12))).toBe('Tag der Deutschen Einheit');
    expect(holidayName(at(2026, 12, 25, 0, 0))).toBe('1. Weihnachtstag');
    expect(holidayName(at(2026, 6, 3, 12))).toBeUndefined();
  });

  it('"PH off" closes the office on a weekday holiday and names the next opening', () => {
    const state = hoursState(OFFICE, at(2026, 6, 4, 7));
    expect(state).toEqual({
      kind: 'closed',
      opensAt: at(2026, 6, 5, 8),
      opensToday: false,
      openedToday: false,
      holiday: 'Fronleichnam',
    });
  });

  it('skips a holiday when looking for the next opening', () => {
    const state = hoursState(OFFICE, at(2026, 6, 3, 17));
    expect(state).toMatchObject({ kind: 'closed', opensAt: at(2026, 6, 5, 8), opensToday: false });
  });
});

describe('hoursState', () => {
  it('is open during office hours and says until when', () => {
    expect(hoursState(OFFICE, at(2026, 6, 3, 10))).toEqual({ kind: 'open', closesAt: at(2026, 6, 3, 16) });
  });

  it('opens exactly at the start and closes exactly at the end', () => {
    expect(hoursState(OFFICE, at(2026, 6, 3, 8)).kind).toBe('open');
    expect(hoursState(OFFICE, at(2026, 6, 3, 7, 59)).kind).toBe('closed');
    expect(hoursState(OFFICE, at(2026, 6, 3, 16)).kind).toBe('closed');
  });

  it('before opening: opens today', () => {
    expect(hoursState(OFFICE, at(2026, 6, 3, 6, 30))).toEqual({
      kind: 'closed',
      opensAt: at(2026, 6, 3, 8),
      opensToday: true,
      openedToday: false,
    });
  });

  it('after closing on Friday: opens Monday, across the week boundary', () => {
    expect(hoursState(OFFICE, at(2026, 6, 5, 18))).toEqual({
      kind: 'closed',
      opensAt: at(2026, 6, 8, 8),
      opensToday: false,
      openedToday: true,
    });
  });

  it('an open end ("14:00+") opens on its day, then is open from then with no known end', () => {
    // 2026-11-30 is a Monday.
    expect(hoursState('Mo,We,Fr 14:00+', at(2026, 11, 30, 10, 15))).toEqual({
      kind: 'closed',
      opensAt: at(2026, 11, 30, 14),
      opensToday: true,
      openedToday: false,
    });
    expect(hoursState('Mo,We,Fr 14:00+', at(2026, 11, 30, 15))).toEqual({ kind: 'openEnd', since: at(2026, 11, 30, 14) });
    expect(isOpenNow('Mo,We,Fr 14:00+', at(2026, 11, 30, 15))).toBeUndefined();
    expect(hoursState('Mo,We,Fr 14:00+', at(2026, 12, 1, 10))).toMatchObject({ kind: 'closed', opensAt: at(2026, 12, 2, 14), opensToday: false });
  });

  it('at midnight the new day counts', () => {
    expect(hoursState(OFFICE, at(2026, 6, 6, 0, 0))).toMatchObject({ opensAt: at(2026, 6, 8, 8) });
    expect(hoursState('Mo-Fr 08:00-24:00', at(2026, 6, 3, 23, 59))).toEqual({
      kind: 'open',
      closesAt: at(2026, 6, 4, 0, 0),
    });
  });

  it('an opening that wraps midnight is open after midnight and closes that night', () => {
    const spec = 'Fr 22:00-02:00';
    expect(hoursState(spec, at(2026, 6, 6, 1))).toEqual({ kind: 'open', closesAt: at(2026, 6, 6, 2) });
    expect(hoursState(spec, at(2026, 6, 5, 21))).toMatchObject({ opensAt: at(2026, 6, 5, 22), opensToday: true });
  });

  it('24/7 is open with no closing time', () => {
    expect(hoursState('24/7', at(2026, 6, 4, 3))).toEqual({ kind: 'open' });
  });

  it('"off" is closed with no opening time', () => {
    expect(hoursState('off', at(2026, 6, 3, 10))).toEqual({ kind: 'closed', opensToday: false, openedToday: false });
  });

  it('gives no opening time more than 7 days ahead', () => {
    const state = hoursState('Jan 10 08:00-12:00', at(2026, 6, 3, 10));
    expect(state).toEqual({ kind: 'closed', opensToday: false, openedToday: false });
  });

  it('does not close for holidays the spec does not mention', () => {
    expect(hoursState('Mo-Fr 08:00-16:00', at(2026, 6, 4, 10)).kind).toBe('open');
  });

  it('reports "unknown" for a missing, empty or unreadable spec, without throwing', () => {
    expect(hoursState(undefined, at(2026, 6, 3, 10))).toEqual({ kind: 'unknown', reason: 'missing' });
    expect(hoursState('  ', at(2026, 6, 3, 10))).toEqual({ kind: 'unknown', reason: 'missing' });
    for (const junk of ['garbage', 'Mo 25:00-26:00', 'Mo-Fr 08:00-', '"', '\u0000']) {
      expect(hoursState(junk, at(2026, 6, 3, 10))).toEqual({ kind: 'unknown', reason: 'invalid' });
    }
  });

  it('reports the spec\'s own "unknown" with its comment', () => {
    const state = hoursState('Mo-Fr 08:00-12:00 unknown "nach Vereinbarung"', at(2026, 6, 3, 10));
    expect(state).toEqual({ kind: 'unknown', reason: 'uncertain', comment: 'nach Vereinbarung' });
    expect(isOpenNow('Mo-Fr 08:00-12:00 unknown', at(2026, 6, 3, 10))).toBeUndefined();
  });

  it('isOpenNow says true, false or not known', () => {
    expect(isOpenNow(OFFICE, at(2026, 6, 3, 10))).toBe(true);
    expect(isOpenNow(OFFICE, at(2026, 6, 4, 10))).toBe(false);
    expect(isOpenNow(undefined, at(2026, 6, 3, 10))).toBeUndefined();
    expect(isOpenNow('nonsense', at(2026, 6, 3, 10))).toBeUndefined();
  });
});

describe('weekSchedule', () => {
  it('lists Monday to Sunday of the week, with the holiday and without its hours', () => {
    const week = weekSchedule(OFFICE, at(2026, 6, 4, 15));
    expect(week.map((d) => d.date)).toEqual([1, 2, 3, 4, 5, 6, 7].map((d) => at(2026, 6, d)));
    expect(week.map((d) => d.ranges.map((r) => `${r.from}-${r.to}`).join(','))).toEqual([
      '08:00-16:00',
      '08:00-16:00',
      '08:00-16:00',
      '',
      '08:00-16:00',
      '',
      '',
    ]);
    expect(week[3]?.holiday).toBe('Fronleichnam');
    expect(week.filter((d) => d.holiday)).toHaveLength(1);
  });

  it('finds the Monday when asked on a Sunday (the week crosses the month)', () => {
    const week = weekSchedule(OFFICE, at(2026, 11, 1, 12));
    expect(week[0]?.date).toEqual(at(2026, 10, 26));
    expect(week[6]?.date).toEqual(at(2026, 11, 1));
  });

  it('keeps several ranges of a day in order, as 24-hour strings', () => {
    const week = weekSchedule('Mo 08:00-12:00,13:30-15:00; Tu 14:00-18:00', at(2026, 6, 3));
    expect(week[0]?.ranges).toEqual([
      { from: '08:00', to: '12:00' },
      { from: '13:30', to: '15:00' },
    ]);
    expect(week[1]?.ranges).toEqual([{ from: '14:00', to: '18:00' }]);
  });

  it('cuts ranges at midnight: 24/7 is 00:00-24:00 every day, a night opening spans two days', () => {
    const always = weekSchedule('24/7', at(2026, 6, 3));
    expect(always.every((d) => d.ranges.length === 1 && d.ranges[0]?.from === '00:00' && d.ranges[0]?.to === '24:00')).toBe(true);
    const night = weekSchedule('Fr 22:00-02:00', at(2026, 6, 3));
    expect(night[4]?.ranges).toEqual([{ from: '22:00', to: '24:00' }]);
    expect(night[5]?.ranges).toEqual([{ from: '00:00', to: '02:00' }]);
  });

  it('marks uncertain ranges and keeps their comment', () => {
    const week = weekSchedule('Mo 08:00-12:00 unknown "nach Vereinbarung"', at(2026, 6, 3));
    expect(week[0]?.ranges).toEqual([{ from: '08:00', to: '12:00', uncertain: true, comment: 'nach Vereinbarung' }]);
  });

  it('marks an open end as such, not as a range to midnight', () => {
    const week = weekSchedule('Mo,We,Fr 14:00+', at(2026, 11, 30));
    expect(week[0]?.ranges).toEqual([{ from: '14:00', to: '24:00', uncertain: true, openEnd: true }]);
    expect(week[1]?.ranges).toEqual([]);
  });

  it('is empty, not "closed all week", for an unreadable spec', () => {
    expect(weekSchedule('garbage', at(2026, 6, 3))).toEqual([]);
    expect(weekSchedule('', at(2026, 6, 3))).toEqual([]);
  });
});

describe('formatTime and formatWeekday', () => {
  const eight = at(2026, 6, 1, 8, 5);
  const late = at(2026, 6, 1, 16, 0);

  it('writes 24-hour times with Latin digits in all four languages', () => {
    for (const lang of ['de', 'uk', 'ar', 'fa-AF'] as const) {
      expect(formatTime(eight, lang)).toBe('08:05');
      expect(formatTime(late, lang)).toBe('16:00');
    }
  });

  it('Intl itself would give Extended Arabic-Indic digits for fa-AF, hence the choice', () => {
    const plain = new Intl.DateTimeFormat('fa-AF', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    expect(plain.format(eight)).toBe('۰۸:۰۵');
  });

  it('names the weekday in the app language', () => {
    expect(formatWeekday(eight, 'de')).toBe('Montag');
    expect(formatWeekday(eight, 'uk')).toBe('понеділок');
    expect(formatWeekday(eight, 'ar')).toBe('الاثنين');
    expect(formatWeekday(eight, 'fa-AF')).toBe('دوشنبه');
    expect(formatWeekday(eight, 'de', 'short')).toBe('Mo');
  });

  // The names and times are written without Intl (hours-format.ts says why); the engine's own
  // data is the reference they must match, every day of a week and every minute of a day.
  it('writes what Intl.DateTimeFormat writes with Latin digits, for every weekday, both widths, in all four languages', () => {
    for (const lang of LANGS) {
      for (const width of ['long', 'short'] as const) {
        const intl = new Intl.DateTimeFormat(lang, { weekday: width, numberingSystem: 'latn' });
        for (let day = 0; day < 7; day++) {
          const date = at(2026, 7, 5 + day, 12);
          expect(formatWeekday(date, lang, width), `${lang} ${width} ${intl.format(date)}`).toBe(intl.format(date));
        }
      }
    }
  });

  it('writes what Intl.DateTimeFormat writes for a 24-hour time with Latin digits, every minute of a day, in all four languages', () => {
    const differ: string[] = [];
    for (const lang of LANGS) {
      const intl = new Intl.DateTimeFormat(lang, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', numberingSystem: 'latn' });
      for (let minute = 0; minute < 24 * 60; minute++) {
        const date = at(2026, 7, 5, Math.floor(minute / 60), minute % 60);
        const ours = formatTime(date, lang);
        if (ours !== intl.format(date)) differ.push(`${lang}: ${ours} against ${intl.format(date)}`);
      }
    }
    expect(differ).toEqual([]);
  });
});

describe('comments', () => {
  it('passes on comments written in the data, never the library’s own notes', () => {
    const spec = 'Mo 10:00-12:00 "nach Vereinbarung"; We 14:00+';
    const monday = new Date(2025, 2, 10, 11, 0);
    const wednesday = new Date(2025, 2, 12, 15, 0);
    // A range with a comment is "unknown" in the syntax (it may not be open): the note explains.
    expect(hoursState(spec, monday)).toMatchObject({ kind: 'unknown', comment: 'nach Vereinbarung' });
    const later = hoursState(spec, wednesday);
    expect('comment' in later ? later.comment : undefined).toBeUndefined();
    const week = weekSchedule(spec, monday);
    expect(week[0]?.ranges[0]?.comment).toBe('nach Vereinbarung');
    expect(week[2]?.ranges[0]?.comment).toBeUndefined();
  });
});

describe('holidays come from the region', () => {
  it('counts Reformationstag in a district of Thüringen, not in Hessen', () => {
    const reformationstag = new Date(2026, 9, 31, 12, 0);
    setHolidayRegion({ bbox: [50.7, 9.9, 51.1, 10.5], holidays: { country: 'de', state: 'Thüringen' } });
    expect(holidayName(reformationstag)).toBeDefined();
    setHolidayRegion({ bbox: [50.99, 9.62, 51.42, 10.24], holidays: { country: 'de', state: 'Hessen' } });
    expect(holidayName(reformationstag)).toBeUndefined();
  });
});
