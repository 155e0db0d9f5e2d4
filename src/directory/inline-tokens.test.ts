import { describe, expect, it } from 'vitest';
import { addressPieces, isolateInline, tokenize, type InlineToken } from './inline-tokens';
import { phonesInText, unknownPhones } from './phone-text';

const text = (t: string): InlineToken => ({ kind: 'text', text: t });
const phone = (t: string): InlineToken => ({ kind: 'phone', text: t });
const email = (t: string): InlineToken => ({ kind: 'email', text: t });
const url = (t: string): InlineToken => ({ kind: 'url', text: t });
const latin = (t: string): InlineToken => ({ kind: 'latin', text: t });

/**
 * The one phone finder, seen from both users: the numbers RichText isolates (phone tokens) and
 * the numbers the data check compares (phonesInText, with their tel: links) are the same.
 * [text, numbers as written there, their tel: links]; literal cases as an office or a translator writes them.
 */
const PHONES: readonly (readonly [string, readonly string[], readonly string[]])[] = [
  ['Rufen Sie vorher 116 117 an.', ['116 117'], ['tel:116117']],
  ['اتصل بالرقم 116 117. الاتصال مجاني.', ['116 117'], ['tel:116117']],
  ['Ruf 116117 an', ['116117'], ['tel:116117']],
  ['Telefon 05651 335580 (Zentrale)', ['05651 335580'], ['tel:+495651335580']],
  ['Fragen Sie beim Bürgertelefon des Kreises: 05651 335580.', ['05651 335580'], ['tel:+495651335580']],
  ['Tel. (05651) 2283-0, Fax 05651/2283-200', ['(05651) 2283-0', '05651/2283-200'], ['tel:+49565122830', 'tel:+4956512283200']],
  ['kostenlos: 0800 40 40 020.', ['0800 40 40 020'], ['tel:+498004040020']],
  ['0800 110 3333 (kostenlos)', ['0800 110 3333'], ['tel:+498001103333']],
  ['TelefonSeelsorge 0800 111 0 111 oder 116 123', ['0800 111 0 111', '116 123'], ['tel:+498001110111', 'tel:116123']],
  ['Servicenummer 0800/4 55 55 00)', ['0800/4 55 55 00'], ['tel:+498004555500']],
  ['+49 5651 335580', ['+49 5651 335580'], ['tel:+495651335580']],
  ['Tel. +49 5651 2283-0', ['+49 5651 2283-0'], ['tel:+49565122830']],
  ['به 05651/338092 زنگ بزنید', ['05651/338092'], ['tel:+495651338092']],
  ['Rufen Sie (05651) 7090 an', ['(05651) 7090'], ['tel:+4956517090']],
  ['05651 2283-0', ['05651 2283-0'], ['tel:+49565122830']],
  ['Telefon 05651\u00a0335580', ['05651\u00a0335580'], ['tel:+495651335580']],
  ['Zentrale 05651 302-0 (2016)', ['05651 302-0'], ['tel:+4956513020']],
  ['Hilfetelefon 116 016 (18 Fremdsprachen)', ['116 016'], ['tel:116016']],
  ['Krankentransport 19222 (undatiert)', ['19222'], ['tel:19222']],
  ['Behördennummer 115.', ['115'], ['tel:115']],
  ['Bei Lebensgefahr rufen Sie 112.', ['112'], ['tel:112']],
  ['Feuer: 112, Polizei: 110.', ['112', '110'], ['tel:112', 'tel:110']],
  ['112 oder 116 117', ['112', '116 117'], ['tel:112', 'tel:116117']],
  ['از ۱۱۶ ۱۱۷ بپرسید', ['۱۱۶ ۱۱۷'], ['tel:116117']],
  ['اتصل بالرقم ١١٦ ١١٧', ['١١٦ ١١٧'], ['tel:116117']],
  ['به Jobcenter زنگ بزنید: 05651 2283-0', ['05651 2283-0'], ['tel:+49565122830']],
  ['Ausgabe ab 14 Uhr. 2024 kamen etwa 600 Menschen.', [], []],
  ['Mo–Fr 8–12 Uhr, 37269 Eschwege', [], []],
  ['Mo 11–19 Uhr', [], []],
  ['am 1.6.2022 von 08:00-12:00', [], []],
  ['um 11:20 Uhr', [], []],
  ['Stand 2025-10-30, 07/2022', [], []],
  ['Bürgerbüro (undatiert, nach 07/2022)', [], []],
  ['§ 24 Aufenthaltsgesetz, 600 Unterrichtsstunden', [], []],
  ['nach § 112 StPO', [], []],
  ['Raum 1120, Zahl 1,112', [], []],
  ['Seit 2001; 2 Euro pro Einkauf (Stand 2020)', [], []],
  ['24 (2016)', [], []],
  ['06618 Naumburg', [], []],
  ['Raum A4-0561', [], []],
  ['https://116117.de/de/aerztlicher-bereitschaftsdienst.php', [], []],
];

describe('phone numbers in running text', () => {
  it.each(PHONES)('%s', (input, written, hrefs) => {
    expect(tokenize(input).filter((t) => t.kind === 'phone').map((t) => t.text)).toEqual(written);
    expect(phonesInText(input)).toEqual(written.map((w, i) => ({ written: w, href: hrefs[i] })));
  });
});

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

describe('unknownPhones', () => {
  // [text, the entry's phones as in data, the numbers reported as written]
  const cases: readonly [string, readonly string[], readonly string[]][] = [
    ['Rufen Sie 116 117 an.', ['116117'], []],
    ['Rufen Sie 116 117 an.', ['116 117'], []],
    ['Rufen Sie 116 117 an.', [], ['116 117']],
    ['Zentrale (05651) 2283-0', ['05651 2283-0'], []],
    ['Zentrale 05651 2283-0', ['+49 5651 22830'], []],
    ['Zentrale 05651 2283-1', ['05651 2283-0'], ['05651 2283-1']],
    ['Bei Lebensgefahr 112, bei Gefahr 110.', [], []],
    ['Erst 05651 335580, dann nochmal 05651 335580.', [], ['05651 335580']],
    ['به ۰۵۶۵۱ ۲۲۸۳-۱ زنگ بزنید', ['05651 2283-1'], []],
  ];
  it.each(cases)('%s with phones %j', (input, known, expected) => {
    expect(unknownPhones(input, known)).toEqual(expected);
  });
});
