import { describe, expect, it } from 'vitest';
import { addressPieces, isolateInline, tokenize, type InlineToken } from './inline-tokens';

const text = (t: string): InlineToken => ({ kind: 'text', text: t });
const phone = (t: string): InlineToken => ({ kind: 'phone', text: t });
const email = (t: string): InlineToken => ({ kind: 'email', text: t });
const url = (t: string): InlineToken => ({ kind: 'url', text: t });
const latin = (t: string): InlineToken => ({ kind: 'latin', text: t });

describe('tokenize', () => {
  const cases: [string, string, InlineToken[]][] = [
    ['EU number in Arabic', 'اتصل بالرقم 116 117. الاتصال مجاني.', [text('اتصل بالرقم '), phone('116 117'), text('. الاتصال مجاني.')]],
    ['EU number without space', 'Ruf 116117 an', [text('Ruf '), phone('116117'), text(' an')]],
    ['area code and number', 'Telefon 05651 335580 (Zentrale)', [text('Telefon '), phone('05651 335580'), text(' (Zentrale)')]],
    ['free number in groups', 'kostenlos: 0800 40 40 020.', [text('kostenlos: '), phone('0800 40 40 020'), text('.')]],
    ['international with extension', 'Tel. +49 5651 2283-0', [text('Tel. '), phone('+49 5651 2283-0')]],
    ['slash between area code and number', 'به 05651/338092 زنگ بزنید', [text('به '), phone('05651/338092'), text(' زنگ بزنید')]],
    ['area code in brackets', 'Rufen Sie (05651) 7090 an', [text('Rufen Sie '), phone('(05651) 7090'), text(' an')]],
    ['national with extension', '05651 2283-0', [phone('05651 2283-0')]],
    ['emergency numbers', 'Feuer: 112, Polizei: 110.', [text('Feuer: '), phone('112'), text(', Polizei: '), phone('110'), text('.')]],
    ['two numbers', '112 oder 116 117', [phone('112'), text(' oder '), phone('116 117')]],
    ['law paragraph is no number', 'nach § 112 StPO', [text('nach § 112 StPO')]],
    ['longer number is not 112', 'Raum 1120, Zahl 1,112', [text('Raum 1120, Zahl 1,112')]],
    ['time is no number', 'um 11:20 Uhr', [text('um 11:20 Uhr')]],
    ['opening hours are no number', 'Mo 11–19 Uhr', [text('Mo 11–19 Uhr')]],
    ['date is no number', 'Stand 2025-10-30, 07/2022', [text('Stand 2025-10-30, 07/2022')]],
    ['postcode is no number', '06618 Naumburg', [text('06618 Naumburg')]],
    ['year and count are no number', '24 (2016)', [text('24 (2016)')]],
    ['e-mail', 'Schreiben Sie an info@werra-meissner-kreis.de.', [text('Schreiben Sie an '), email('info@werra-meissner-kreis.de'), text('.')]],
    ['web address ends before the full stop', 'Siehe www.eschwege.de.', [text('Siehe '), url('www.eschwege.de'), text('.')]],
    ['web address in brackets', '(https://example.org/a/b)', [text('('), url('https://example.org/a/b'), text(')')]],
    ['web address with its own brackets', 'https://de.wikipedia.org/wiki/X_(Y) hier', [url('https://de.wikipedia.org/wiki/X_(Y)'), text(' hier')]],
    ['web address before Arabic comma', 'الموقع https://ua-hessen.de، ثم', [text('الموقع '), url('https://ua-hessen.de'), text('، ثم')]],
    ['e-mail in Arabic text', 'راسل info@x.de الآن', [text('راسل '), email('info@x.de'), text(' الآن')]],
    ['German words in Arabic text', 'تأكيد المؤجر (Wohnungsgeberbestätigung) من die Agentur für Arbeit.', [text('تأكيد المؤجر ('), latin('Wohnungsgeberbestätigung'), text(') من '), latin('die Agentur für Arbeit.')]],
    ['German words and a number in Dari text', 'به Jobcenter زنگ بزنید: 05651 2283-0', [text('به '), latin('Jobcenter'), text(' زنگ بزنید: '), phone('05651 2283-0')]],
    ['German text stays one piece', 'Die Agentur für Arbeit', [text('Die Agentur für Arbeit')]],
    ['nothing to find', 'Keine Nummer hier.', [text('Keine Nummer hier.')]],
    ['empty', '', []],
  ];
  it.each(cases)('%s', (_name, input, expected) => {
    expect(tokenize(input)).toEqual(expected);
  });

  it('joined, the tokens are the text', () => {
    for (const [, input] of cases) expect(tokenize(input).map((t) => t.text).join('')).toBe(input);
  });
});

describe('isolateInline', () => {
  it.each([
    ['بالرقم 116 117.', 'بالرقم \u2066116 117\u2069.'],
    ['05651 335580 / info@x.de', '\u206605651 335580\u2069 / \u2066info@x.de\u2069'],
    ['ohne Nummer', 'ohne Nummer'],
  ])('%s', (input, expected) => {
    expect(isolateInline(input)).toBe(expected);
  });
});

describe('addressPieces', () => {
  it.each([
    ['info@werra-meissner-kreis.de', ['info@', 'werra-', 'meissner-', 'kreis', '.de']],
    ['https://www.eschwege.de/rathaus', ['https://', 'www', '.eschwege', '.de/', 'rathaus']],
    ['www.x.de', ['www', '.x', '.de']],
    ['a?b=c&d=e', ['a?', 'b=', 'c&', 'd=', 'e']],
  ])('%s', (input, expected) => {
    expect(addressPieces(input)).toEqual(expected);
  });
});
