import { beforeAll, describe, expect, it } from 'vitest';
import { weekSchedule, setHolidayRegion } from '../../directory/hours';
import { isDataComment, rangesText, usualWeek, weekLines } from './hours-text';

// Holidays of the region in the data: Werra-Meißner is in Hessen.
beforeAll(() => setHolidayRegion({ bbox: [50.99, 9.62, 51.42, 10.24], holidays: { country: 'de', state: 'Hessen' } }));

const JOBCENTER = 'Mo,Tu,Th 08:00-16:00; We,Fr 08:00-12:00; PH off';
// Fixed names: ICU versions differ on "Mo" vs "Mo.", which is not what is tested here.
const short = (date: Date) => ['So', 'Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa'][date.getDay()] ?? '?';
const from = (time: string) => `ab ${time} Uhr`;

describe('rangesText', () => {
  it('joins ranges and marks uncertain ones', () => {
    expect(rangesText([{ from: '08:00', to: '12:00' }, { from: '13:00', to: '16:00', uncertain: true }], from)).toBe(
      '08:00–12:00, 13:00–16:00 ?',
    );
  });
  it('shows an open end as an open end, not as "until midnight"', () => {
    const monday = weekSchedule('Mo,We,Fr 14:00+', new Date(2025, 2, 12))[0]!;
    expect(rangesText(monday.ranges, from)).toBe('ab 14:00 Uhr');
  });
});

describe('isDataComment', () => {
  it('keeps comments written in the data and drops those the library adds', () => {
    const spec = 'Mo 10:00-12:00 "nach Vereinbarung"; We 14:00+';
    expect(isDataComment('nach Vereinbarung', spec)).toBe(true);
    // The hours module itself no longer passes on the library's own English note for open ends.
    expect(weekSchedule(spec, new Date(2025, 2, 12))[2]!.ranges[0]!.comment).toBeUndefined();
    expect(isDataComment('Specified as open end. Closing time was guessed.', spec)).toBe(false);
    expect(isDataComment(undefined, spec)).toBe(false);
  });
});

describe('weekLines', () => {
  it('groups days with the same hours and leaves out closed days', () => {
    const week = weekSchedule(JOBCENTER, new Date(2025, 2, 12));
    expect(weekLines(week, short, from)).toEqual(['Mo, Di, Do 08:00–16:00', 'Mi, Fr 08:00–12:00']);
  });
  it('joins days with the Arabic comma and isolates the times for a right-to-left language', () => {
    const week = weekSchedule(JOBCENTER, new Date(2025, 2, 12));
    expect(weekLines(week, short, from, true)[1]).toBe('Mi، Fr \u206608:00–12:00\u2069');
  });
  it('writes an open end in words, with only the time isolated right to left', () => {
    const week = weekSchedule('Mo,We,Fr 14:00+', new Date(2025, 2, 12));
    expect(weekLines(week, short, from)).toEqual(['Mo, Mi, Fr ab 14:00 Uhr']);
    expect(weekLines(week, short, (time) => `من الساعة ${time}`, true)).toEqual(['Mo، Mi، Fr من الساعة \u206614:00\u2069']);
  });
  it('is empty for a week with no opening', () => {
    expect(weekLines(weekSchedule('off', new Date(2025, 2, 12)), short, from)).toEqual([]);
  });
});

describe('usualWeek', () => {
  it('takes a holiday weekday from the next week in which it is a working day', () => {
    // Easter Monday 2025 is 21 April: that week alone would show Monday closed.
    const weeks = [0, 7, 14].map((d) => weekSchedule(JOBCENTER, new Date(2025, 3, 21 + d)));
    expect(weeks[0]?.[0]?.holiday).toBeTruthy();
    expect(weeks[0]?.[0]?.ranges).toEqual([]);
    const usual = usualWeek(weeks);
    expect(usual).toHaveLength(7);
    expect(usual[0]?.date.getDate()).toBe(28);
    expect(usual[0]?.ranges).toEqual([{ from: '08:00', to: '16:00' }]);
    expect(usual[1]?.date.getDate()).toBe(22);
    expect(weekLines(usual, short, from)).toEqual(['Mo, Di, Do 08:00–16:00', 'Mi, Fr 08:00–12:00']);
  });
  it('keeps the holiday when no later week has a working day there', () => {
    const weeks = [weekSchedule(JOBCENTER, new Date(2025, 3, 21))];
    expect(usualWeek(weeks)[0]?.holiday).toBeTruthy();
  });
});
