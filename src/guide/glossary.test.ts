import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findTerms, searchGlossary } from './glossary';
import type { GlossaryTerm } from './types';

function term(id: string, de: string, variants: string[], translation: [string, string, string], explain = ''): GlossaryTerm {
  const [uk, ar, fa] = translation;
  return {
    id,
    de,
    variants,
    translation: { de, uk, ar, 'fa-AF': fa },
    explain: { de: explain || `${de}.`, uk: `${uk}.`, ar: explain ? 'تصريح الإقامة هو نوع من هذه الوثيقة.' : `${ar}.`, 'fa-AF': `${fa}.` },
  };
}

const TERMS: readonly GlossaryTerm[] = [
  term('aufenthaltstitel', 'Aufenthaltstitel', ['Aufenthaltstitels'], ['посвідка на проживання', 'وثيقة الإقامة', 'سند اقامت'], 'Das Papier, das den Aufenthalt erlaubt.'),
  term('buergergeld', 'Bürgergeld', ['Arbeitslosengeld II', 'ALG II'], ['громадянські гроші', 'المساعدة الاجتماعية للمواطنين', 'کمک مالی شهروندی']),
  term('agentur', 'Agentur für Arbeit', ['Arbeitsagentur'], ['агентство з питань праці', 'وكالة العمل', 'اداره کار']),
  term('arbeit', 'Arbeit', [], ['робота', 'العمل', 'کار']),
  term('termin', 'Termin', ['Termine', 'Terminen'], ['запис на прийом', 'موعد', 'وقت ملاقات']),
  term('gesundheitskarte', 'Gesundheitskarte', ['Krankenversicherungskarte', 'eGK'], ['медична картка', 'بطاقة التأمين الصحي', 'کارت صحی']),
];
const ids = (ts: readonly GlossaryTerm[]) => ts.map((t) => t.id);

describe('searchGlossary', () => {
  it('finds a term typed in Arabic, with or without hamza, article and harakat', () => {
    expect(ids(searchGlossary(TERMS, 'إقامة'))[0]).toBe('aufenthaltstitel');
    expect(ids(searchGlossary(TERMS, 'الاقامه'))[0]).toBe('aufenthaltstitel');
    expect(ids(searchGlossary(TERMS, 'وَثِيقَة'))).toEqual(['aufenthaltstitel']);
  });

  it('finds a term by words that only its explanation uses', () => {
    expect(ids(searchGlossary(TERMS, 'تصريح الإقامة'))).toEqual(['aufenthaltstitel']);
  });

  it('finds Dari typed with Arabic letters, and Ukrainian in any case', () => {
    expect(ids(searchGlossary(TERMS, 'كارت صحي'))).toEqual(['gesundheitskarte']);
    expect(ids(searchGlossary(TERMS, 'ПОСВІДКА'))).toEqual(['aufenthaltstitel']);
  });

  it('finds German with typed or missing umlauts and by a variant', () => {
    expect(ids(searchGlossary(TERMS, 'buergergeld'))).toEqual(['buergergeld']);
    expect(ids(searchGlossary(TERMS, 'BURGER'))).toEqual(['buergergeld']);
    expect(ids(searchGlossary(TERMS, 'Krankenversicherungskarte'))).toEqual(['gesundheitskarte']);
  });

  it('puts an exact name before a term that only contains the query', () => {
    expect(ids(searchGlossary(TERMS, 'arbeit'))).toEqual(['arbeit', 'agentur', 'buergergeld']);
  });

  it('lists every term A–Z for an empty query and nothing for an unknown word', () => {
    expect(ids(searchGlossary(TERMS, '  '))).toEqual(['agentur', 'arbeit', 'aufenthaltstitel', 'buergergeld', 'gesundheitskarte', 'termin']);
    expect(searchGlossary(TERMS, 'Fahrrad')).toEqual([]);
  });
});

describe('findTerms', () => {
  const spans = (text: string) => findTerms(text, TERMS).map((m) => [text.slice(m.start, m.end), m.termId]);

  it('finds whole words only, in any case, with their positions', () => {
    const text = 'Bringen Sie zum TERMIN Ihren Aufenthaltstitel mit. Das Terminal ist zu.';
    expect(findTerms(text, TERMS)).toEqual([
      { start: 16, end: 22, termId: 'termin' },
      { start: 29, end: 45, termId: 'aufenthaltstitel' },
    ]);
  });

  it('prefers the longest form and never overlaps', () => {
    expect(spans('Die Agentur für Arbeit hilft bei der Arbeit.')).toEqual([
      ['Agentur für Arbeit', 'agentur'],
      ['Arbeit', 'arbeit'],
    ]);
  });

  it('matches multi-word forms across line breaks and links inflected variants', () => {
    expect(spans('Fragen Sie die Agentur\nfür  Arbeit nach Terminen.')).toEqual([
      ['Agentur\nfür  Arbeit', 'agentur'],
      ['Terminen', 'termin'],
    ]);
  });

  it('does not match inside longer words, also next to umlauts', () => {
    expect(spans('Terminänderung und Vorbürgergeld')).toEqual([]);
  });

  it('returns sorted, in-bounds, non-overlapping spans for any text', () => {
    const words = fc.constantFrom('Termin', 'Arbeit', 'Agentur für Arbeit', 'eGK', 'Bürgergeld', 'ALG II', 'und', 'xy', ' ', '\n', 'ä');
    fc.assert(
      fc.property(fc.array(words, { maxLength: 30 }).map((w) => w.join('')), (text) => {
        const found = findTerms(text, TERMS);
        let last = 0;
        for (const m of found) {
          expect(m.start).toBeGreaterThanOrEqual(last);
          expect(m.end).toBeGreaterThan(m.start);
          expect(m.end).toBeLessThanOrEqual(text.length);
          last = m.end;
        }
      }),
    );
  });
});

describe('findTerms in Ukrainian, Arabic and Dari', () => {
  const spans = (text: string, lang: 'uk' | 'ar' | 'fa-AF') => findTerms(text, TERMS, lang).map((m) => [text.slice(m.start, m.end), m.termId]);

  it('finds the Arabic word, longest first, and the German word in brackets', () => {
    expect(spans('اذهب إلى وكالة العمل (Agentur für Arbeit) مع موعد.', 'ar')).toEqual([
      ['وكالة العمل', 'agentur'],
      ['Agentur für Arbeit', 'agentur'],
      ['موعد', 'termin'],
    ]);
  });

  it('does not match inside a longer Arabic word: attached letters or short vowels', () => {
    expect(spans('بالعمل والموعد ومواعيد', 'ar')).toEqual([]);
    expect(spans('موعدُ', 'ar')).toEqual([]);
  });

  it('finds Dari words, but not inside a word joined by a zero-width non-joiner or a suffix', () => {
    expect(spans('با سند اقامت به اداره کار بروید.', 'fa-AF')).toEqual([
      ['سند اقامت', 'aufenthaltstitel'],
      ['اداره کار', 'agentur'],
    ]);
    expect(spans('کارها و کار\u200cها', 'fa-AF')).toEqual([]);
  });

  it('finds Ukrainian words in any case, whole words only', () => {
    expect(spans('Медична картка і робота.', 'uk')).toEqual([
      ['Медична картка', 'gesundheitskarte'],
      ['робота', 'arbeit'],
    ]);
    expect(spans('Роботодавець', 'uk')).toEqual([]);
  });

  it('does not look for another language\'s word', () => {
    expect(spans('موعد', 'uk')).toEqual([]);
    expect(findTerms('موعد', TERMS)).toEqual([]);
  });
});
