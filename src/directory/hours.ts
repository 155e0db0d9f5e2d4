/**
 * Opening hours: is an office open now, when does it open, what does its week look like.
 * This module pulls in the large opening_hours library, so the app loads it lazily; everything
 * else in src/directory stays free of it.
 */
import OpeningHours from 'opening_hours';
import { clockTime } from './hours-format';
import type { Region } from './types';

/**
 * The library needs country and state to know the public holidays (PH): Hessen has Fronleichnam
 * but not Reformationstag, Thüringen the other way round. They come from the region's data
 * (setHolidayRegion); the point is the region's centre, used only for sunrise and sunset.
 */
type Place = { lat: number; lon: number; address: { country_code: string; state: string } };
let place: Place | undefined;

/** Sets where holidays are counted, from the region. Call it before asking about hours. */
export function setHolidayRegion(region: Pick<Region, 'bbox' | 'holidays'>): void {
  const [south, west, north, east] = region.bbox;
  const next = {
    lat: (south + north) / 2,
    lon: (west + east) / 2,
    address: { country_code: region.holidays.country, state: region.holidays.state },
  };
  if (JSON.stringify(next) === JSON.stringify(place)) return;
  place = next;
  parsed.clear();
  holidayProbe = undefined;
}

function where(): Place {
  if (!place) throw new Error('hours: setHolidayRegion() was not called');
  return place;
}

/** How far ahead "opens Monday 08:00" may look; beyond that the UI just says "closed". */
const LOOKAHEAD_DAYS = 7;

/** The state of an office at one moment, shaped for what the UI says. */
export type HoursState =
  /** "Hours not known": no spec, a spec we cannot read, or the spec itself says unknown. */
  | {
      readonly kind: 'unknown';
      readonly reason: 'missing' | 'invalid' | 'uncertain';
      readonly comment?: string;
    }
  /** "Open from 14:00, closing time unknown": inside an open-ended range ("Mo 14:00+"). */
  | { readonly kind: 'openEnd'; readonly since: Date; readonly comment?: string }
  /** "Open now, until 16:00"; no closesAt when it stays open for the whole look-ahead (24/7). */
  | { readonly kind: 'open'; readonly closesAt?: Date; readonly comment?: string }
  /**
   * "Opens at 08:00" (opensToday), "closed today, opens Monday 08:00", or just "closed" when it does
   * not open in the next 7 days. openedToday: it was open earlier today ("closed now", not "closed
   * today"). holiday names today's public holiday, if it is one.
   */
  | {
      readonly kind: 'closed';
      readonly opensAt?: Date;
      readonly opensToday: boolean;
      readonly openedToday: boolean;
      readonly holiday?: string;
      readonly comment?: string;
    };

/** One time range of a day, as 24-hour "08:00" strings; a range running to midnight ends "24:00". */
export interface TimeRange {
  readonly from: string;
  readonly to: string;
  /** The spec says "maybe" here (open end, `unknown`). */
  readonly uncertain?: boolean;
  /** An open end ("14:00+"): `to` is the library's guess, not the data's; say "from 14:00". */
  readonly openEnd?: boolean;
  readonly comment?: string;
}

/** One day of the week view. */
export interface DaySchedule {
  /** Local midnight of the day. */
  readonly date: Date;
  readonly ranges: readonly TimeRange[];
  /** Name of the public holiday on this day, e.g. "Fronleichnam". */
  readonly holiday?: string;
}

const parsed = new Map<string, OpeningHours | null>();
let holidayProbe: OpeningHours | undefined;

/** The library throws strings on bad input; callers only ever see null. Cached: specs repeat. */
function parse(spec: string): OpeningHours | null {
  const known = parsed.get(spec);
  if (known !== undefined) return known;
  const at = where();
  let result: OpeningHours | null;
  try {
    result = new OpeningHours(spec, at);
  } catch {
    result = null;
  }
  parsed.set(spec, result);
  return result;
}

/** Parses a spec now, so that its first badge or week view finds it parsed (parseAhead in use-hours.ts). */
export function prepareHours(spec: string): void {
  parse(spec);
}

/** Name of the public holiday (in the region's state) on that date, if it is one. */
export function holidayName(date: Date): string | undefined {
  holidayProbe ??= new OpeningHours('PH', where());
  return holidayProbe.getState(date) ? holidayProbe.getComment(date) : undefined;
}

function addDays(date: Date, days: number): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + days);
}

function sameDay(a: Date, b: Date): boolean {
  return (
    a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate()
  );
}

/**
 * The library marks an open end ("14:00+") as "unknown" until midnight and says so with this note
 * of its own (never shown: it is English and about its guess). It is the only sign of an open end.
 */
const OPEN_END_NOTE = 'Specified as open end. Closing time was guessed.';

/** First moment after `now` (within the look-ahead) at which `wanted(open, openEnd)` holds. */
function nextMoment(oh: OpeningHours, now: Date, wanted: (open: boolean, openEnd: boolean) => boolean): Date | undefined {
  const limit = new Date(now.getTime() + LOOKAHEAD_DAYS * 24 * 3600 * 1000);
  const it = oh.getIterator(now);
  while (it.advance(limit)) {
    const at = it.getDate();
    if (at.getTime() > limit.getTime()) return undefined;
    if (wanted(it.getState(), it.getUnknown() && it.getComment() === OPEN_END_NOTE)) return at;
  }
  return undefined;
}

/** Start of the open-ended range that holds `now`, if `now` is inside one. */
function openEndSince(oh: OpeningHours, now: Date): Date | undefined {
  if (oh.getComment(now) !== OPEN_END_NOTE) return undefined;
  const day = addDays(now, 0);
  const range = oh.getOpenIntervals(day, now).find(([from, , unknown]) => unknown && from.getTime() <= now.getTime());
  return range?.[0] ?? day;
}

/**
 * Only a comment written in the data ("nach Vereinbarung", quoted in the spec) is passed on. The
 * library adds English notes of its own ("Specified as open end…") that are not for the user.
 */
function dataComment(spec: string, comment: string | undefined): string | undefined {
  return comment && spec.includes(`"${comment}"`) ? comment : undefined;
}

function withComment<T extends object>(state: T, comment: string | undefined): T {
  return comment ? { ...state, comment } : state;
}

/** The state of `spec` at `now`. Never throws: anything unreadable is `unknown`. */
export function hoursState(spec: string | undefined, now: Date): HoursState {
  if (spec === undefined || spec.trim() === '') return { kind: 'unknown', reason: 'missing' };
  const oh = parse(spec);
  if (!oh) return { kind: 'unknown', reason: 'invalid' };
  try {
    const comment = dataComment(spec, oh.getComment(now));
    if (oh.getUnknown(now)) {
      const since = openEndSince(oh, now);
      return withComment(since ? { kind: 'openEnd', since } : { kind: 'unknown', reason: 'uncertain' }, comment);
    }
    if (oh.getState(now)) {
      const closesAt = nextMoment(oh, now, (open) => !open);
      return withComment(closesAt ? { kind: 'open', closesAt } : { kind: 'open' }, comment);
    }
    // An open end opens too: "Mo 14:00+" opens on Monday at 14:00, it is not closed all day.
    const opensAt = nextMoment(oh, now, (open, openEnd) => open || openEnd);
    const holiday = holidayName(now);
    const midnight = addDays(now, 0);
    const closed: HoursState = {
      kind: 'closed',
      opensToday: opensAt !== undefined && sameDay(opensAt, now),
      openedToday: midnight.getTime() < now.getTime() && oh.getOpenIntervals(midnight, now).length > 0,
      ...(opensAt ? { opensAt } : {}),
      ...(holiday ? { holiday } : {}),
    };
    // On a holiday the library's comment is the holiday's name, already in `holiday`.
    return withComment(closed, comment === holiday ? undefined : comment);
  } catch {
    return { kind: 'unknown', reason: 'invalid' };
  }
}

/**
 * true / false when the spec says so at `now`; undefined when it is not known. For the filter: an
 * open end counts as not known, since nobody knows whether they have gone home by 21:00.
 */
export function isOpenNow(spec: string | undefined, now: Date): boolean | undefined {
  const state = hoursState(spec, now);
  return state.kind === 'unknown' || state.kind === 'openEnd' ? undefined : state.kind === 'open';
}

function clock(at: Date, dayStart: Date): string {
  return sameDay(at, dayStart) ? clockTime(at) : '24:00';
}

/**
 * Monday to Sunday of the week that contains `weekOf`. Ranges are cut at midnight, so a night
 * opening Fr 22:00-02:00 shows as Fr 22:00–24:00 and Sa 00:00–02:00. Empty when the spec
 * cannot be read: an empty week would wrongly look like "closed all week".
 */
export function weekSchedule(spec: string, weekOf: Date): readonly DaySchedule[] {
  const oh = parse(spec);
  if (!oh) return [];
  const monday = addDays(weekOf, -((weekOf.getDay() + 6) % 7));
  try {
    return Array.from({ length: 7 }, (_, i) => {
      const date = addDays(monday, i);
      const ranges = oh.getOpenIntervals(date, addDays(date, 1)).map(([from, to, unknown, raw]) => ({
        from: clock(from, date),
        to: clock(to, date),
        ...(unknown ? { uncertain: true } : {}),
        ...(unknown && raw === OPEN_END_NOTE ? { openEnd: true } : {}),
        ...(dataComment(spec, raw) ? { comment: raw } : {}),
      }));
      const holiday = holidayName(date);
      return holiday ? { date, ranges, holiday } : { date, ranges };
    });
  } catch {
    return [];
  }
}

// Times and weekdays in the app language; part of this module for everything that loads it.
export { formatTime, formatWeekday } from './hours-format';
