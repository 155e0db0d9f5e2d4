import { describe, expect, it } from 'vitest';
import { fold } from './fold';

describe('fold', () => {
  it('treats German case and umlaut spellings alike', () => {
    expect(fold('Bürgergeld')).toBe(fold('BUERGERGELD'));
    expect(fold('Bürgergeld')).toBe(fold('burgergeld'));
    expect(fold('Straße')).toBe(fold('STRASSE'));
    expect(fold('Steuer-ID')).toBe(fold('steuer id'));
  });

  it('unifies Arabic alef forms, ta marbuta, ya and removes harakat and tatweel', () => {
    expect(fold('إقامة')).toBe(fold('اقامه'));
    expect(fold('إِقَامَة')).toBe(fold('اقامة'));
    expect(fold('آخر')).toBe(fold('اخر'));
    expect(fold('مستشفى')).toBe(fold('مستشفي'));
    expect(fold('كـتـاب')).toBe(fold('كتاب'));
  });

  it('matches Persian ye and keheh with their Arabic forms', () => {
    expect(fold('کارت صحی')).toBe(fold('كارت صحي'));
  });

  it('strips the Arabic article from longer words only', () => {
    expect(fold('الإقامة')).toBe(fold('إقامة'));
    expect(fold('تصريح الإقامة')).toBe('تصريح اقامه');
    expect(fold('الى')).toBe('الي');
  });

  it('ignores the zero-width non-joiner and other invisible marks', () => {
    expect(fold('می\u200cخواهم')).toBe(fold('میخواهم'));
    expect(fold('Ter\u200bmin')).toBe('termin');
  });

  it('ignores Ukrainian apostrophe variants and case', () => {
    expect(fold("СІМ'Я")).toBe(fold('сімʼя'));
    expect(fold('сім’я')).toBe(fold('сімя'));
  });

  it('returns an empty string for punctuation only', () => {
    expect(fold(' ?!… ')).toBe('');
  });
});
