import { describe, expect, it } from 'vitest';
import type { Entry } from '../../directory/types';
import { shareText, type Translate } from './share-text';

/** Shows key and values, so the test sees which text was asked for with what. */
const t: Translate = (key, options) => (options ? `${key}${JSON.stringify(options)}` : key);

const entry = {
  id: 'jobcenter-eschwege',
  name: 'Jobcenter Werra-Meißner, Eschwege',
  address: { street: 'Fuldaer Straße 6', postcode: '37269', town: 'Eschwege' },
  phones: [{ number: '05651 2283-0' }, { number: '05651 2283-200', fax: true }],
  hoursNote: { de: 'Termine nach Vereinbarung.', uk: '', ar: 'المواعيد بالاتفاق.', 'fa-AF': '' },
} as unknown as Entry;

const link = 'https://example.org/#/e/jobcenter-eschwege';

describe('shareText', () => {
  it('has name, German address, phones, hours, note and link, one per line', () => {
    const text = shareText({ entry, lang: 'ar', link, hours: ['Mo 08:00–16:00'], t });
    expect(text.split('\n')).toEqual([
      'Jobcenter Werra-Meißner, Eschwege',
      'Fuldaer Straße 6',
      '37269 Eschwege',
      'detail:share.phone{"number":"\u206605651 2283-0\u2069"}',
      'detail:share.fax{"number":"\u206605651 2283-200\u2069"}',
      'detail:share.hours:',
      'Mo 08:00–16:00',
      'المواعيد بالاتفاق.',
      link,
    ]);
  });

  it('says what is not known instead of leaving it out', () => {
    const bare = { ...entry, address: undefined, phones: [], hoursNote: undefined } as unknown as Entry;
    const lines = shareText({ entry: bare, lang: 'de', link, t }).split('\n');
    expect(lines).toEqual([entry.name, 'detail:address.unknown', 'detail:phone.unknown', 'detail:hours.unknown', link]);
  });

  it('keeps phone numbers left to right inside an Arabic or Dari message', () => {
    const lines = shareText({ entry, lang: 'fa-AF', link, t }).split('\n');
    expect(lines[3]).toBe('detail:share.phone{"number":"\u206605651 2283-0\u2069"}');
    expect(shareText({ entry, lang: 'uk', link, t })).not.toMatch(/[\u2066-\u2069]/);
  });

  it('keeps a number inside the note left to right in an Arabic message', () => {
    const noted = { ...entry, hoursNote: { de: 'Rufen Sie 116 117 an.', ar: 'اتصل بالرقم 116 117.' } } as unknown as Entry;
    const lines = shareText({ entry: noted, lang: 'ar', link, t }).split('\n');
    expect(lines.at(-2)).toBe('اتصل بالرقم \u2066116 117\u2069.');
    expect(shareText({ entry: noted, lang: 'de', link, t }).split('\n').at(-2)).toBe('Rufen Sie 116 117 an.');
  });

  it('takes the German note when the user language has none', () => {
    expect(shareText({ entry, lang: 'uk', link, hours: [], t })).toContain('Termine nach Vereinbarung.');
  });

  it('stays short enough for a few SMS', () => {
    const text = shareText({ entry, lang: 'de', link, hours: ['Mo, Di, Do 08:00–16:00', 'Mi, Fr 08:00–12:00'], t });
    expect(text.length).toBeLessThan(400);
  });
});
