import { describe, expect, it } from 'vitest';
import type { Region } from '../../directory/types';
import { addressLines, localized, scopeText } from './format';

const region = {
  municipalities: [
    { ags: '06636003', name: 'Eschwege', names: { uk: 'Ешвеге', ar: 'إشفيغه' }, centre: { lat: 0, lon: 0 }, townHall: 'x' },
    { ags: '06636014', name: 'Witzenhausen', names: {}, centre: { lat: 0, lon: 0 }, townHall: 'y' },
  ],
} as unknown as Region;

describe('addressLines', () => {
  it('writes street, then postcode and town', () => {
    expect(addressLines({ street: 'Fuldaer Straße 6', postcode: '37269', town: 'Eschwege' })).toEqual([
      'Fuldaer Straße 6',
      '37269 Eschwege',
    ]);
  });
  it('leaves out what is not known instead of guessing', () => {
    expect(addressLines({ town: 'Eschwege' })).toEqual(['Eschwege']);
    expect(addressLines({ street: 'Schlossplatz 1', town: 'Eschwege' })).toEqual(['Schlossplatz 1', 'Eschwege']);
  });
});

describe('scopeText', () => {
  it('gives a key for district, state and nation', () => {
    expect(scopeText({ kind: 'district' }, region, 'de')).toEqual({ kind: 'key', key: 'detail:scope.district' });
    expect(scopeText({ kind: 'national' }, region, 'ar')).toEqual({ kind: 'key', key: 'detail:scope.national' });
  });
  it('names the towns in German, with the local name where the region has one', () => {
    expect(scopeText({ kind: 'municipalities', ags: ['06636003', '06636014'] }, region, 'uk')).toEqual({
      kind: 'towns',
      towns: [{ name: 'Eschwege', local: 'Ешвеге' }, { name: 'Witzenhausen' }],
    });
  });
  it('says "not known" when none of the keys is in the region', () => {
    expect(scopeText({ kind: 'municipalities', ags: ['99999999'] }, region, 'de')).toEqual({
      kind: 'key',
      key: 'detail:scope.unknown',
    });
  });
});

describe('localized', () => {
  it('takes the user language, else German, marking which one it is', () => {
    const text = { de: 'Hallo', uk: 'Привіт', ar: '', 'fa-AF': '  ' };
    expect(localized(text, 'uk')).toEqual({ text: 'Привіт', lang: 'uk' });
    expect(localized(text, 'ar')).toEqual({ text: 'Hallo', lang: 'de' });
    expect(localized(text, 'fa-AF')).toEqual({ text: 'Hallo', lang: 'de' });
    expect(localized(undefined, 'de')).toBeUndefined();
  });
});
