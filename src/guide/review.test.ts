import { describe, expect, it } from 'vitest';
import { sampleDirectory } from '../directory/validate.samples';
import type { Directory } from '../directory/types';
import { rawGuide } from './fixture.test-util';
import { isoDay, reviewDue, stepAsOf } from './review';
import type { Guide } from './types';
import { validateGuide } from './validate';
import { checkGuideReview } from './validate-review';

/** The fixture guide, checked: steps review by 2027-03-01 and 2027-01-31. */
function fixtureGuide(): Guide {
  const checked = validateGuide(rawGuide());
  if (!checked.ok) throw new Error('fixture guide is invalid');
  return checked.value;
}

describe('reviewDue and stepAsOf', () => {
  // [review by, now (local), due?]: the day itself still holds, the next day is past it.
  const cases: readonly [string, Date, boolean][] = [
    ['2027-02-01', new Date(2026, 10, 30, 12), false],
    ['2027-02-01', new Date(2027, 1, 1, 0, 0), false],
    ['2027-02-01', new Date(2027, 1, 1, 23, 59), false],
    ['2027-02-01', new Date(2027, 1, 2, 0, 0), true],
    ['2026-11-29', new Date(2026, 10, 30, 8), true],
  ];
  it.each(cases)('review by %s at %s: due %s', (reviewBy, now, due) => {
    expect(reviewDue({ reviewBy }, now)).toBe(due);
  });

  it('writes the local day, not the UTC one', () => {
    expect(isoDay(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });

  it('dates a step by its newest source, whatever the precision', () => {
    expect(stepAsOf({ sources: [{ title: 'a', asOf: '2022-05-24' }, { title: 'b', asOf: '2026-02-02' }, { title: 'c', asOf: '2025' }] })).toBe('2026-02-02');
    expect(stepAsOf({ sources: [{ title: 'a', asOf: '2024' }, { title: 'b', asOf: '2024-06' }] })).toBe('2024-06');
  });
});

describe('checkGuideReview', () => {
  const directory: Directory = sampleDirectory();
  const fields = (guide = fixtureGuide(), now = new Date(2026, 10, 30)) => checkGuideReview(guide, directory, now, 'data/guide/ukraine.yaml').map((p) => p.field);

  it('fails a step whose review-by day has passed, relative to now', () => {
    expect(fields(fixtureGuide(), new Date(2026, 10, 30))).toEqual([]);
    expect(fields(fixtureGuide(), new Date(2027, 1, 1))).toEqual(['ukraine.steps.1.reviewBy']);
    expect(fields(fixtureGuide(), new Date(2027, 2, 2))).toEqual(['ukraine.steps.0.reviewBy', 'ukraine.steps.1.reviewBy']);
  });

  // [text of step 1 (who: jobcenter-eschwege, agentur-…), fields with an unknown number]
  const cases: readonly [string, readonly string[]][] = [
    ['Rufen Sie beim Jobcenter an: 05651 2283-0.', []],
    ['Die Hotline 0800 110 3333 hilft.', []],
    ['Im Notfall 112.', []],
    ['Rufen Sie 05651 9999-0 an.', ['ukraine.steps.1.text.de']],
    ['Ärztlicher Dienst: 116 117.', ['ukraine.steps.1.text.de']],
  ];
  it.each(cases)('step text %s', (de, expected) => {
    const guide = fixtureGuide();
    const step = guide.ukraine.steps[1]!;
    const changed = { ...guide, ukraine: { ...guide.ukraine, steps: [guide.ukraine.steps[0]!, { ...step, text: { ...step.text, de } }] } };
    expect(fields(changed)).toEqual(expected);
  });

  it('counts only the town halls for a town-hall step, and checks every language and the intro', () => {
    const guide = fixtureGuide();
    const step = guide.ukraine.steps[0]!;
    const changed = {
      ...guide,
      ukraine: {
        ...guide.ukraine,
        intro: { ...guide.ukraine.intro, ar: 'اتصل بالرقم 05651 2283-0' },
        steps: [{ ...step, text: { ...step.text, 'fa-AF': 'به ۰۵۶۵۱ ۲۲۸۳-۰ زنگ بزنید' } }, guide.ukraine.steps[1]!],
      },
    };
    expect(fields(changed)).toEqual(['ukraine.steps.0.text.fa-AF', 'ukraine.intro.ar']);
  });
});
