/**
 * "As of" and "review by" of a guide step. A legal statement ages by the calendar (a permit's end
 * date, a planned law), so each step names the date of its newest source and the day by which
 * it must be checked again; after that day the app says it may have changed.
 */
import { newestDate } from '../directory/freshness';
import type { ChecklistStep } from './types';

/** The local calendar day of `now` as "2026-11-30", comparable with the data's ISO dates. */
export function isoDay(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The date of the step's newest source as written ("2026-02-02", "2024"), if any is readable. */
export function stepAsOf(step: Pick<ChecklistStep, 'sources'>): string | undefined {
  return newestDate(step.sources.map((s) => s.asOf));
}

/** True once today is past the step's review-by day (on the day itself it still holds). */
export function reviewDue(step: Pick<ChecklistStep, 'reviewBy'>, now: Date): boolean {
  return isoDay(now) > step.reviewBy;
}
