import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { GlossaryText, splitTerms } from './GlossaryText';
import type { GlossaryTerm } from './types';

const loc = (de: string) => ({ de, uk: de, ar: de, 'fa-AF': de });
const TERMS: readonly GlossaryTerm[] = [
  { id: 'termin', de: 'Termin', variants: ['Termine'], explain: loc('Eine feste Zeit.'), translation: { de: 'Termin', uk: 'запис на прийом', ar: 'موعد', 'fa-AF': 'وقت ملاقات' } },
  { id: 'jobcenter', de: 'Jobcenter', variants: [], explain: loc('Ein Amt.'), translation: loc('Jobcenter') },
];

describe('splitTerms', () => {
  it('marks glossary words and keeps every character of the text', () => {
    const text = 'Machen Sie einen Termin im Jobcenter. Termine gibt es am Telefon.';
    const parts = splitTerms(text, TERMS);
    expect(parts.map((p) => p.text).join('')).toBe(text);
    expect(parts.filter((p) => p.termId).map((p) => [p.text, p.termId])).toEqual([
      ['Termin', 'termin'],
      ['Jobcenter', 'jobcenter'],
      ['Termine', 'termin'],
    ]);
  });

  it('leaves out the excepted term and returns one plain part for a text without terms', () => {
    expect(splitTerms('Termin im Jobcenter', TERMS, 'termin').filter((p) => p.termId).map((p) => p.termId)).toEqual(['jobcenter']);
    expect(splitTerms('Guten Tag', TERMS)).toEqual([{ text: 'Guten Tag' }]);
  });
});

describe('GlossaryText', () => {
  it('links each office word to its glossary entry and renders markup in data as text', () => {
    const box = document.createElement('div');
    render(<GlossaryText text={'<b>Termin</b> beim Jobcenter'} terms={TERMS} />, box);
    const links = [...box.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')]);
    expect(links).toEqual([
      ['Termin', '#/glossary?term=termin'],
      ['Jobcenter', '#/glossary?term=jobcenter'],
    ]);
    expect(box.querySelector('b')).toBeNull();
    expect(box.textContent).toBe('<b>Termin</b> beim Jobcenter');
  });

  it('keeps phone numbers whole beside the glossary links', () => {
    const box = document.createElement('div');
    render(<GlossaryText text="Termin beim Jobcenter unter 05651 2283-0 oder 116 117." terms={TERMS} />, box);
    expect([...box.querySelectorAll('a')].map((a) => a.textContent)).toEqual(['Termin', 'Jobcenter']);
    expect([...box.querySelectorAll('bdi.nowrap')].map((b) => [b.textContent, b.getAttribute('dir')])).toEqual([
      ['05651 2283-0', 'ltr'],
      ['116 117', 'ltr'],
    ]);
    expect(box.textContent).toBe('Termin beim Jobcenter unter 05651 2283-0 oder 116 117.');
  });

  it('links office words in Arabic and Dari texts and keeps the numbers left to right', () => {
    const box = document.createElement('div');
    render(<GlossaryText text="احجز موعد في Jobcenter على 05651 2283-0." terms={TERMS} lang="ar" />, box);
    expect([...box.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['موعد', '#/glossary?term=termin'],
      ['Jobcenter', '#/glossary?term=jobcenter'],
    ]);
    expect([...box.querySelectorAll('bdi.nowrap')].map((b) => b.textContent)).toEqual(['05651 2283-0']);
    expect(box.textContent).toBe('احجز موعد في Jobcenter على 05651 2283-0.');
    render(<GlossaryText text="یک وقت ملاقات بگیرید، نه وقت ملاقات‌ها." terms={TERMS} lang="fa-AF" />, box);
    expect([...box.querySelectorAll('a')].map((a) => a.textContent)).toEqual(['وقت ملاقات']);
  });

  it('links the Ukrainian word in a Ukrainian text', () => {
    const box = document.createElement('div');
    render(<GlossaryText text="Запис на прийом у Jobcenter." terms={TERMS} lang="uk" />, box);
    expect([...box.querySelectorAll('a')].map((a) => a.textContent)).toEqual(['Запис на прийом', 'Jobcenter']);
  });
});
