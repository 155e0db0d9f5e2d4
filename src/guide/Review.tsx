import type { Lang } from '../directory/types';
import { formatDate } from '../i18n/date';
import { EntryLinks } from './EntryLinks';
import type { GuideT } from './lang';
import { reviewDue, stepAsOf } from './review';
import type { ChecklistStep } from './types';
import type { Helpers } from './who';

/**
 * The step's "as of" (its newest source) and "review by" line; once that day has passed, a plain
 * warning that it may have changed and whom to ask: the offices the step names, or, for a step
 * that names none (`helpers` undefined), the office its text names.
 */
export function Review({ step, now, lang, tr, helpers }: { step: Pick<ChecklistStep, 'sources' | 'reviewBy'>; now: Date; lang: Lang; tr: GuideT; helpers: Helpers | undefined }) {
  const asOf = stepAsOf(step);
  const reviewBy = formatDate(step.reviewBy, lang);
  if (!reviewDue(step, now)) {
    return <p class="step-review">{asOf ? tr('review.asOf', { date: formatDate(asOf, lang), reviewBy }) : tr('review.by', { reviewBy })}</p>;
  }
  const offices = helpers?.kind === 'entries' ? helpers.entries : [];
  return (
    <p class="notice notice-warning step-review-due" role="note" data-testid="review-due">
      {helpers === undefined ? (
        tr('review.dueAsk', { reviewBy })
      ) : offices.length === 0 ? (
        tr('review.dueTownHall', { reviewBy })
      ) : (
        <>
          {tr('review.due', { reviewBy })}{' '}
          <EntryLinks entries={offices} />
        </>
      )}
    </p>
  );
}
