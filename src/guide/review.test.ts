import { describe, expect, it } from 'vitest';
import { sampleDirectory } from '../directory/validate.samples';
import type { Directory } from '../directory/types';
import { loc, rawGuide } from './fixture.test-util';
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
  const fields = (guide = fixtureGuide(), now = new Date(2026, 10, 30)) => checkGuideReview(guide, directory, now, { ukraine: 'data/guide/ukraine.yaml' }).map((p) => p.field);

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

/**
 * The fixture guide with an asylum page (step 0: the Jobcenter, reviewed by 2027-02-15 unless given;
 * a hotline 0800 110 3333 resource) and one topic (the Jobcenter, reviewed by 2027-04-30), with
 * the texts and the review-by day given. The Ukraine steps review by 2027-03-01 and 2027-01-31.
 */
function guideWithPages(stepText = 'Fragen Sie beim Jobcenter.', topicText = 'Fragen Sie beim Jobcenter.', asylumReviewBy = '2027-02-15'): Guide {
  const who = { kind: 'entry', id: 'jobcenter-eschwege' };
  const sources = [{ title: 'BAMF', asOf: '2026-02-02' }];
  const asylum = {
    title: loc('Asyl'),
    keywords: ['Asyl'],
    intro: loc('Die ersten Schritte.'),
    steps: [{ id: 'leistungen', title: loc('Geld'), summary: loc('Geld beantragen.'), text: { ...loc('x'), de: stepText }, who, sources, reviewBy: asylumReviewBy }],
    resources: [{ title: loc('Hotline'), url: 'https://example.org/h', phone: '0800 110 3333', sources }],
    legalNote: loc('Keine Rechtsberatung.'),
  };
  const topics = [{ id: 'kindergeld', title: loc('Kindergeld'), keywords: ['Kindergeld'], text: { ...loc('x'), uk: topicText }, who, sources, reviewBy: '2027-04-30' }];
  const checked = validateGuide({ ...rawGuide(), pages: { asylum }, topics });
  if (!checked.ok) throw new Error(`fixture guide is invalid: ${JSON.stringify(checked.problems)}`);
  return checked.value;
}

describe('checkGuideReview on the other first-steps pages and the topics', () => {
  const directory: Directory = sampleDirectory();
  const files = { ukraine: 'data/guide/ukraine.yaml', asylum: 'data/guide/asylum.yaml', topics: 'data/guide/topics.yaml' };
  const found = (guide: Guide, now: Date) => checkGuideReview(guide, directory, now, files).map((p) => `${p.file} ${p.entry} ${p.field}`);

  it('fails a passed review-by on an asylum step and on a topic, each in its own file', () => {
    expect(found(guideWithPages(), new Date(2026, 10, 30))).toEqual([]);
    expect(found(guideWithPages(), new Date(2027, 1, 16))).toEqual([
      'data/guide/ukraine.yaml arbeit ukraine.steps.1.reviewBy',
      'data/guide/asylum.yaml leistungen asylum.steps.0.reviewBy',
    ]);
    expect(found(guideWithPages(undefined, undefined, '2026-11-29'), new Date(2026, 10, 30))).toEqual(['data/guide/asylum.yaml leistungen asylum.steps.0.reviewBy']);
    expect(found(guideWithPages(), new Date(2027, 4, 1))).toEqual([
      'data/guide/ukraine.yaml anmeldung ukraine.steps.0.reviewBy',
      'data/guide/ukraine.yaml arbeit ukraine.steps.1.reviewBy',
      'data/guide/asylum.yaml leistungen asylum.steps.0.reviewBy',
      'data/guide/topics.yaml kindergeld topics.0.reviewBy',
    ]);
  });

  // [asylum step text (de), topic text (uk), what is reported]
  const cases: readonly [string, string, readonly string[]][] = [
    ['Jobcenter: 05651 2283-0.', 'Jobcenter: (05651) 2283-0.', []],
    ['Die Hotline 0800 110 3333 hilft.', 'Im Notfall 112.', []],
    ['Rufen Sie 05651 9999-0 an.', 'Telefon 05651 2283-0', ['data/guide/asylum.yaml leistungen asylum.steps.0.text.de']],
    ['Jobcenter: 05651 2283-0.', 'Дзвоніть 116 117.', ['data/guide/topics.yaml kindergeld topics.0.text.uk']],
    // The hotline is a resource of the asylum page only: a topic that names it must link it.
    ['Jobcenter: 05651 2283-0.', 'Гаряча лінія 0800 110 3333.', ['data/guide/topics.yaml kindergeld topics.0.text.uk']],
  ];
  it.each(cases)('asylum step %s, topic %s', (stepText, topicText, expected) => {
    expect(found(guideWithPages(stepText, topicText), new Date(2026, 10, 30))).toEqual(expected);
  });
});
