import { describe, expect, it } from 'vitest';
import { languageName } from './list-labels';

describe('languageName', () => {
  it('names languages in the user language', () => {
    expect(['uk', 'ar'].map((c) => languageName(c, 'de', 'de-DE'))).toEqual(['Ukrainisch', 'Arabisch']);
    expect(languageName('de', 'uk', 'uk-UA').toLowerCase()).toBe('німецька');
  });
  it('calls Persian Dari for a Dari reader', () => {
    expect(languageName('fa', 'fa-AF', 'fa-AF')).toBe(languageName('fa-AF', 'fa-AF', 'fa-AF'));
  });
  it('keeps a code Intl cannot name rather than dropping the fact', () => {
    expect(languageName('not a code!', 'de', 'de-DE')).toBe('not a code!');
  });
});
