import { describe, expect, it } from 'vitest';
import { LANGS } from '../directory/types';
import { realGuide } from './data.test-util';
import { searchGlossary } from './glossary';

// The words of the letters people get (issue 16): each must be a term of its own or a form of one.
const LETTER_WORDS = [
  'Duldung', 'Aufenthaltsgestattung', 'Bescheid', 'Widerspruch', 'Frist', 'Anhörung', 'Termin', 'Krankenkasse',
  'Kindergeld', 'Grundsicherungsgeld', 'Einwohnermeldeamt', 'Meldebescheinigung', 'Fiktionsbescheinigung', 'Wohngeld',
  'Wohnberechtigungsschein', 'Familienkasse', 'Integrationskurs', 'Sprachkurs', 'Schulamt', 'Kita', 'Ausländerbehörde',
  'Asylbewerberleistungsgesetz', 'Gesundheitskarte', 'Krankenschein', 'Überweisung', 'Rezept', 'Notaufnahme',
  'Bereitschaftsdienst', 'Einbürgerung', 'Niederlassungserlaubnis', 'Aufenthaltstitel', 'Mahnung', 'Rundfunkbeitrag',
  'Kaution', 'Nebenkosten',
];

describe('the glossary as shipped', () => {
  const terms = realGuide().glossary;

  it('has at least 70 terms, each explained and translated in all four languages', () => {
    expect(terms.length).toBeGreaterThanOrEqual(70);
    for (const t of terms) {
      for (const lang of LANGS) {
        expect(t.explain[lang].trim(), `${t.id} explain.${lang}`).not.toBe('');
        expect(t.translation[lang].trim(), `${t.id} translation.${lang}`).not.toBe('');
      }
    }
  });

  it.each(LETTER_WORDS)('explains the letter word %s', (word) => {
    const owner = terms.find((t) => [t.de, ...t.variants].some((f) => f.toLowerCase() === word.toLowerCase()));
    expect(owner, word).toBeDefined();
    expect(searchGlossary(terms, word)[0]?.id).toBe(owner?.id);
  });

  it.each(['uk', 'ar', 'fa-AF'] as const)('finds every term by its %s word', (lang) => {
    const missed = terms.filter((t) => !searchGlossary(terms, t.translation[lang]).some((hit) => hit.id === t.id));
    expect(missed.map((t) => `${t.id}: ${t.translation[lang]}`)).toEqual([]);
  });
});
