import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../directory/types';
import { rawGuide } from './fixture.test-util';
import { checkGuideReferences, validateGuide, validateGuideParts } from './validate';

const errors = (r: ReturnType<typeof validateGuide>) => r.problems.filter((p) => !p.warning);

describe('validateGuide', () => {
  it('accepts valid content and returns trimmed plain data', () => {
    const raw = rawGuide();
    raw.ukraine.steps[0]!.title.de = '  Wohnung anmelden \n';
    const r = validateGuide(raw, 'data/guide/all.yaml');
    expect(errors(r)).toEqual([]);
    if (!r.ok) throw new Error('expected ok');
    expect(r.value.ukraine.steps[0]!.title.de).toBe('Wohnung anmelden');
    expect(r.value.ukraine.steps[1]!.sources[0]!.asOf).toBe('2024');
    expect(r.value.ukraine.resources[0]!.phone).toBe('0800 110 3333');
    expect(r.value.glossary[0]).toMatchObject({ id: 'termin', article: 'der', variants: ['Termine', 'Terminen'] });
  });

  it('rejects a missing language and names file, entry and field', () => {
    const raw = rawGuide();
    delete (raw.glossary[0]!.explain as Partial<Record<string, string>>)['fa-AF'];
    const r = validateGuide(raw, 'data/guide/glossary.yaml');
    expect(r.ok).toBe(false);
    expect(errors(r)).toContainEqual(
      expect.objectContaining({ file: 'data/guide/glossary.yaml', entry: 'termin', field: 'glossary.0.explain.fa-AF' }),
    );
  });

  it('rejects blank texts, HTML and entities', () => {
    for (const bad of ['   ', '<b>Termin</b>', 'Termin<script>', 'A &amp; B']) {
      const raw = rawGuide();
      raw.phrases[0]!.say.uk = bad;
      expect(validateGuide(raw).ok, bad).toBe(false);
    }
  });

  it('rejects texts over the length limit', () => {
    const raw = rawGuide();
    raw.ukraine.steps[0]!.title.ar = 'ب'.repeat(121);
    const r = validateGuide(raw);
    expect(errors(r)[0]).toMatchObject({ field: 'ukraine.steps.0.title.ar', entry: 'anmeldung' });
  });

  it('requires the one plain sentence on every Ukraine step and reads "first" as true only', () => {
    const ok = validateGuide(rawGuide());
    if (!ok.ok) throw new Error('expected ok');
    expect(ok.value.ukraine.steps.map((s) => [s.id, s.first, s.summary.ar])).toEqual([
      ['anmeldung', true, 'Im Rathaus anmelden. (ar)'],
      ['arbeit', undefined, 'Zum Jobcenter gehen. (ar)'],
    ]);
    const noSummary = rawGuide();
    delete (noSummary.ukraine.steps[1] as Record<string, unknown>).summary;
    expect(errors(validateGuide(noSummary))).toContainEqual(expect.objectContaining({ field: 'ukraine.steps.1.summary', entry: 'arbeit' }));
    const badFirst = rawGuide();
    (badFirst.ukraine.steps[0] as Record<string, unknown>).first = false;
    const r = validateGuide(badFirst);
    expect(r.ok).toBe(false);
    expect(errors(r)).toContainEqual(expect.objectContaining({ field: 'ukraine.steps.0.first', entry: 'anmeldung' }));
  });

  it('requires sources with a real date on every step', () => {
    const cases: unknown[] = [[], [{ title: 'Ohne Datum' }], [{ title: 'x', asOf: '2025-13' }], [{ title: 'x', asOf: 'neu' }]];
    for (const sources of cases) {
      const raw = rawGuide();
      (raw.ukraine.steps[0] as Record<string, unknown>).sources = sources;
      expect(validateGuide(raw).ok, JSON.stringify(sources)).toBe(false);
    }
  });

  it('rejects impossible checked dates and non-web source addresses', () => {
    const raw = rawGuide();
    (raw.ukraine.steps[0] as Record<string, unknown>).checked = '2025-02-30';
    raw.ukraine.steps[1]!.sources[0] = { title: 'x', url: 'javascript:alert(1)', asOf: 2024 } as never;
    const fields = errors(validateGuide(raw)).map((p) => p.field);
    expect(fields).toEqual(expect.arrayContaining(['ukraine.steps.0.checked', 'ukraine.steps.1.sources.0.url']));
  });

  it('checks who: kind, entry ids and duplicates', () => {
    const bad: unknown[] = [{ kind: 'office' }, { kind: 'entry', id: 'Jobcenter Eschwege' }, { kind: 'entries', ids: [] }, { kind: 'entries', ids: ['a', 'a'] }, undefined];
    for (const who of bad) {
      const raw = rawGuide();
      (raw.ukraine.steps[0] as Record<string, unknown>).who = who;
      expect(validateGuide(raw).ok, JSON.stringify(who)).toBe(false);
    }
  });

  it('rejects duplicate ids in steps, glossary and phrases', () => {
    const raw = rawGuide();
    raw.ukraine.steps[1]!.id = 'anmeldung';
    raw.glossary.push({ ...raw.glossary[0]!, de: 'Verabredung', variants: [] });
    raw.phrases.push({ ...raw.phrases[0]! });
    const messages = errors(validateGuide(raw)).map((p) => p.message);
    expect(messages.filter((m) => m.includes('mehrfach'))).toHaveLength(3);
  });

  it('rejects a word form that belongs to two terms, so links stay unambiguous', () => {
    const raw = rawGuide();
    raw.glossary.push({ ...raw.glossary[0]!, id: 'termin-2', de: 'Frist', variants: ['termine'] });
    const r = validateGuide(raw);
    expect(r.ok).toBe(false);
    expect(errors(r)[0]!.message).toContain('„termine“ gehört schon zum Begriff „termin“');
  });

  it('warns, but accepts, unknown fields; old sources are for reviewBy, not a warning', () => {
    const raw = rawGuide();
    raw.ukraine.steps[0]!.sources[0]!.asOf = '2022-05';
    (raw.glossary[0] as Record<string, unknown>).comment = 'x';
    const r = validateGuide(raw);
    expect(r.ok).toBe(true);
    expect(r.problems.map((p) => [p.field, p.warning])).toEqual([['glossary.0.comment', true]]);
  });

  it.each([
    ['no reviewBy', (step: Record<string, unknown>) => delete step.reviewBy, 'ukraine.steps.0.reviewBy'],
    ['a reviewBy that is no date', (step: Record<string, unknown>) => (step.reviewBy = 'März 2027'), 'ukraine.steps.0.reviewBy'],
    ['a check date that no source has', (step: Record<string, unknown>) => (step.checked = '2026-11-20'), 'ukraine.steps.0.checked'],
  ])('rejects %s', (_name, change, field) => {
    const raw = rawGuide();
    change(raw.ukraine.steps[0] as Record<string, unknown>);
    expect(errors(validateGuide(raw)).map((p) => p.field)).toEqual([field]);
  });

  it('accepts a check date that a source of that date documents', () => {
    const raw = rawGuide();
    const step = raw.ukraine.steps[0] as Record<string, unknown>;
    step.sources = [...(step.sources as unknown[]), { title: 'Anruf im Rathaus Eschwege: Anmeldung bestätigt', asOf: '2026-11-20' }];
    step.checked = '2026-11-20';
    const r = validateGuide(raw);
    expect(r.ok && [r.value.ukraine.steps[0]!.checked, r.value.ukraine.steps[0]!.reviewBy]).toEqual(['2026-11-20', '2027-03-01']);
  });

  it('names the right file per part when parts come from separate files', () => {
    const raw = rawGuide();
    raw.phrases[0]!.id = 'Bad Id';
    const files = { ukraine: 'u.yaml', glossary: 'g.yaml', phrases: 'p.yaml' };
    const r = validateGuideParts(raw, files);
    expect(errors(r).map((p) => p.file)).toEqual(['p.yaml']);
  });

  it('refuses non-objects without throwing', () => {
    for (const raw of [null, undefined, 42, 'guide', [], [rawGuide()]]) {
      const r = validateGuide(raw);
      expect(r.ok).toBe(false);
      expect(r.problems.length).toBeGreaterThan(0);
    }
  });
});

describe('validateGuide properties', () => {
  it('never throws and always explains a rejection, whatever the input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.jsonValue(), fc.record({ ukraine: fc.anything(), glossary: fc.anything(), phrases: fc.anything() })), (raw) => {
        const r = validateGuide(raw, 'x.yaml');
        if (!r.ok) expect(r.problems.some((p) => !p.warning && p.message.length > 0)).toBe(true);
      }),
    );
  });

  it('rejects the guide whenever one language of one text is blanked', () => {
    fc.assert(
      fc.property(fc.constantFrom(...LANGS), fc.nat(1), fc.stringMatching(/^\s*$/), (lang, step, blank) => {
        const raw = rawGuide();
        raw.ukraine.steps[step]!.text[lang] = blank;
        const r = validateGuide(raw);
        expect(r.ok).toBe(false);
        expect(errors(r).map((p) => p.field)).toEqual([`ukraine.steps.${step}.text.${lang}`]);
      }),
    );
  });

  it('keeps any plain text within the limit, trimmed, in the language it was given', () => {
    // Within the translation limit, one line, without markup, entities or control characters.
    const plain = fc.string({ minLength: 1, maxLength: 100, unit: 'grapheme' }).filter((s) => {
      const t = s.trim();
      return t !== '' && t.length <= 100 && !/[<&\u0000-\u001f\u007f-\u009f\ufffd]/.test(t);
    });
    fc.assert(
      fc.property(plain, fc.constantFrom(...LANGS), (s, lang) => {
        const raw = rawGuide();
        raw.glossary[0]!.translation[lang] = s;
        const r = validateGuide(raw);
        expect(r.ok).toBe(true);
        if (r.ok) expect(r.value.glossary[0]!.translation[lang]).toBe(s.trim());
      }),
    );
  });

  it('ignores inherited keys instead of reading them as data', () => {
    const { ukraine, glossary, phrases } = rawGuide();
    const raw: unknown = Object.assign(Object.create({ ukraine }) as object, { glossary, phrases });
    const r = validateGuide(raw);
    expect(r.ok).toBe(false);
    expect(errors(r).some((p) => p.field === 'ukraine')).toBe(true);
  });
});

describe('checkGuideReferences', () => {
  it('names each helper id that the directory does not have', () => {
    const r = validateGuide(rawGuide());
    if (!r.ok) throw new Error('fixture must be valid');
    const problems = checkGuideReferences(r.value, new Set(['jobcenter-eschwege']), 'data/guide/ukraine.yaml');
    expect(problems).toEqual([
      expect.objectContaining({ file: 'data/guide/ukraine.yaml', entry: 'arbeit', field: 'ukraine.steps.1.who', message: expect.stringContaining('agentur-fuer-arbeit-eschwege') }),
    ]);
  });
});
