import { describe, expect, it } from 'vitest';
import { loc, rawGuide } from './fixture.test-util';
import { checkGuideReferences, validateGuideParts } from './validate';

const errors = (r: ReturnType<typeof validateGuideParts>) => r.problems.filter((p) => !p.warning);

function rawAsylum() {
  return {
    title: loc('Erste Schritte im Asylverfahren'),
    keywords: ['Asyl', 'لجوء', 116117],
    intro: loc('Die ersten Schritte.'),
    steps: [
      {
        id: 'anmeldung',
        title: loc('Im Rathaus anmelden'),
        summary: loc('Melden Sie sich im Rathaus an.'),
        first: true,
        text: loc('Melden Sie sich an.'),
        who: { kind: 'townHall' },
        sources: [{ title: 'Bundesmeldegesetz § 17', asOf: '2023-08-31' }],
        reviewBy: '2027-03-01',
      },
      { id: 'deutsch', title: loc('Deutsch'), summary: loc('Fragen Sie nach Kursen.'), text: loc('Kurse.'), sources: [{ title: 'FR Hessen', asOf: '2026-02-09' }], reviewBy: '2027-01-15' },
    ],
    legalNote: loc('Keine Rechtsberatung.'),
  };
}

function rawTopics() {
  return [
    {
      id: 'kita',
      title: loc('Kita'),
      keywords: ['Kindergarten', 'حضانة'],
      text: loc('Kinder ab 1 Jahr.'),
      who: { kind: 'entry', id: 'rathaus-sontra' },
      sources: [{ title: '§ 24 SGB VIII', asOf: '2015' }],
      reviewBy: '2027-03-01',
    },
  ];
}

const parts = () => ({ ...rawGuide(), asylum: rawAsylum(), topics: rawTopics() });
const files = { asylum: 'data/guide/asylum.yaml', topics: 'data/guide/topics.yaml' };

describe('first-steps pages and topics', () => {
  it('accepts a page with optional who and a topic list', () => {
    const r = validateGuideParts(parts(), files);
    expect(errors(r)).toEqual([]);
    if (!r.ok) throw new Error('expected ok');
    expect(r.value.pages?.asylum?.steps.map((s) => s.id)).toEqual(['anmeldung', 'deutsch']);
    expect(r.value.pages?.asylum?.steps[1]).not.toHaveProperty('who');
    expect(r.value.pages?.asylum?.keywords).toEqual(['Asyl', 'لجوء', '116117']);
    expect(r.value.pages?.asylum?.resources).toEqual([]);
    expect(r.value.pages?.asylum?.steps.map((s) => [s.first, s.summary.de])).toEqual([
      [true, 'Melden Sie sich im Rathaus an.'],
      [undefined, 'Fragen Sie nach Kursen.'],
    ]);
    expect(r.value.topics?.[0]?.id).toBe('kita');
  });

  it('keeps a guide without the new pages valid (older downloads)', () => {
    const r = validateGuideParts(rawGuide());
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value).not.toHaveProperty('pages');
  });

  it('rejects a step without sources, without reviewBy, without its summary, or with "checked"', () => {
    const cases: [string, (s: Record<string, unknown>) => void, string][] = [
      ['no sources', (s) => delete s.sources, 'asylum.steps.0.sources'],
      ['empty sources', (s) => (s.sources = []), 'asylum.steps.0.sources'],
      ['no reviewBy', (s) => delete s.reviewBy, 'asylum.steps.0.reviewBy'],
      ['bad reviewBy', (s) => (s.reviewBy = '2027-13-01'), 'asylum.steps.0.reviewBy'],
      ['review before newest source', (s) => (s.reviewBy = '2023-01-01'), 'asylum.steps.0.reviewBy'],
      ['checked', (s) => (s.checked = '2026-11-30'), 'asylum.steps.0.checked'],
      ['no summary', (s) => delete s.summary, 'asylum.steps.0.summary'],
      ['summary missing a language', (s) => (s.summary = { de: 'Anmelden.' }), 'asylum.steps.0.summary.uk'],
      ['summary too long', (s) => (s.summary = loc('Wort '.repeat(40))), 'asylum.steps.0.summary.de'],
      ['first not true', (s) => (s.first = 'ja'), 'asylum.steps.0.first'],
    ];
    for (const [name, change, field] of cases) {
      const p = parts();
      change(p.asylum.steps[0] as unknown as Record<string, unknown>);
      const r = validateGuideParts(p, files);
      expect(r.ok, name).toBe(false);
      expect(errors(r), name).toContainEqual(expect.objectContaining({ file: 'data/guide/asylum.yaml', entry: 'anmeldung', field }));
    }
  });

  it('rejects a topic without keywords and duplicate topic ids', () => {
    const p = parts();
    delete (p.topics[0] as Partial<(typeof p.topics)[0]>).keywords;
    expect(errors(validateGuideParts(p, files))).toContainEqual(expect.objectContaining({ entry: 'kita', field: 'topics.0.keywords' }));
    const q = parts();
    q.topics.push(q.topics[0]!);
    expect(validateGuideParts(q, files).ok).toBe(false);
  });

  it('reports helpers missing from the directory under the page part', () => {
    const r = validateGuideParts(parts(), files);
    if (!r.ok) throw new Error('expected ok');
    const problems = checkGuideReferences(r.value, new Set(['jobcenter-eschwege', 'agentur-fuer-arbeit-eschwege']));
    expect(problems).toEqual([expect.objectContaining({ entry: 'kita', field: 'topics.0.who' })]);
  });
});
