import { describe, expect, it } from 'vitest';
import { foldWord, foldedWords, wordForms, words } from './normalize';

const fold = (text: string) => foldedWords(text).join(' ');

describe('foldedWords', () => {
  it('folds case, umlauts and ß', () => {
    expect(fold('Straße')).toBe(fold('STRASSE'));
    expect(fold('Großalmerode')).toBe('grossalmerode');
    expect(fold('Meißner')).toBe('meissner');
    expect(fold('Ärztlicher Bereitschaftsdienst')).toBe('arztlicher bereitschaftsdienst');
    expect(fold('ẞ')).toBe('ss');
  });

  it('splits at hyphens, punctuation and spaces but keeps digits', () => {
    expect(foldedWords('Werra-Meißner-Kreis, 37269 Eschwege!')).toEqual(['werra', 'meissner', 'kreis', '37269', 'eschwege']);
  });

  it('normalises Arabic letters: alef forms, ta marbuta, alef maqsura, tatweel, harakat', () => {
    expect(fold('أحمد')).toBe(fold('احمد'));
    expect(fold('إشفيغه')).toBe(fold('اشفيغه'));
    expect(fold('آمنة')).toBe(fold('امنه'));
    expect(fold('مستشفى')).toBe(fold('مستشفي'));
    expect(fold('مـــركز')).toBe(fold('مركز'));
    expect(fold('مَرْكَزُ')).toBe(fold('مركز'));
    expect(fold('ٱلعمل')).toBe(fold('العمل'));
  });

  it('treats Persian ye and kaf like the Arabic letters', () => {
    expect(fold('کار')).toBe(fold('كار'));
    expect(fold('اشفیگه')).toBe(fold('اشفيگه'));
    expect(fold('زندگی')).toBe(fold('زندگى'));
  });

  it('turns Arabic-Indic and Persian digits into 0-9', () => {
    expect(fold('٣٧٢٦٩')).toBe('37269');
    expect(fold('۳۷۲۶۹')).toBe('37269');
  });

  it('removes Ukrainian apostrophes in every form and folds ґ, є, і, ї for Russian keyboards', () => {
    const family = fold("сім'я");
    for (const v of ['сім’я', 'сімʼя', 'сім`я', 'сімя']) expect(fold(v)).toBe(family);
    expect(fold('Ешвеґе')).toBe(fold('Ешвеге'));
    expect(fold('Європа')).toBe(fold('европа'));
    expect(fold('Їжа')).toBe(fold('іжа'));
    expect(fold('Київ')).toBe(fold('киив'));
  });

  it('drops invisible marks without splitting the word', () => {
    expect(foldedWords('Esch\u200dwege')).toEqual(['eschwege']);
    expect(foldedWords('\u200fمركز\u200e')).toEqual([foldWord('مركز')]);
    expect(foldedWords('می\u200cخواهم')).toEqual([foldWord('میخواهم')]);
    expect(foldedWords('Job\u00adcenter')).toEqual(['jobcenter']);
  });

  it('finds no words in emoji, symbols or spaces', () => {
    expect(words('🙂 👍🏽 — ... .*+?()[]{}^$|\\')).toEqual([]);
    expect(words('   \t\n ')).toEqual([]);
  });

  it('maps compatibility forms (presentation forms, full width) to plain letters', () => {
    expect(fold('ﻣﺮﻛﺰ')).toBe(fold('مركز'));
    expect(fold('Ｊｏｂ')).toBe('job');
  });
});

describe('wordForms', () => {
  it('gives umlauts also spelled out', () => {
    expect(wordForms('witzenhäuser')).toEqual(['witzenhauser', 'witzenhaeuser']);
    expect(wordForms('straße')).toEqual(['strasse']);
  });

  it('gives Arabic words also without the article and its particles', () => {
    expect(wordForms('العمل')).toEqual(['العمل', 'عمل']);
    expect(wordForms('بالعمل')).toEqual(['بالعمل', 'عمل']);
    expect(wordForms('للعمل')).toEqual(['للعمل', 'عمل']);
    expect(wordForms('ال')).toEqual(['ال']);
  });

  it('is empty for a word that folds to nothing', () => {
    expect(wordForms('ь')).toEqual([]);
  });
});
