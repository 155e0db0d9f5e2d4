import { describe, expect, it } from 'vitest';
import { phonesInText, unknownPhones } from './phone-text';

describe('phonesInText', () => {
  // [text, the numbers found as tel: links]: literal cases, each written as an office or a translator would.
  const cases: readonly [string, readonly string[]][] = [
    ['Rufen Sie vorher 116 117 an.', ['tel:116117']],
    ['Tel. (05651) 2283-0, Fax 05651/2283-200', ['tel:+49565122830', 'tel:+4956512283200']],
    ['Fragen Sie beim Bürgertelefon des Kreises: 05651 335580.', ['tel:+495651335580']],
    ['+49 5651 335580', ['tel:+495651335580']],
    ['0800 110 3333 (kostenlos)', ['tel:+498001103333']],
    ['TelefonSeelsorge 0800 111 0 111 oder 116 123', ['tel:+498001110111', 'tel:116123']],
    ['Bei Lebensgefahr rufen Sie 112.', ['tel:112']],
    ['از ۱۱۶ ۱۱۷ بپرسید', ['tel:116117']],
    ['اتصل بالرقم ١١٦ ١١٧', ['tel:116117']],
    ['Ausgabe ab 14 Uhr. 2024 kamen etwa 600 Menschen.', []],
    ['Mo–Fr 8–12 Uhr, 37269 Eschwege', []],
    ['am 1.6.2022 von 08:00-12:00', []],
    ['§ 24 Aufenthaltsgesetz, 600 Unterrichtsstunden', []],
    ['Seit 2001; 2 Euro pro Einkauf (Stand 2020)', []],
    ['Raum A4-0561', []],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(phonesInText(text).map((p) => p.href)).toEqual(expected);
  });
});

describe('unknownPhones', () => {
  const cases: readonly [string, readonly string[], readonly string[]][] = [
    ['Rufen Sie 116 117 an.', ['116117'], []],
    ['Rufen Sie 116 117 an.', ['116 117'], []],
    ['Rufen Sie 116 117 an.', [], ['116 117']],
    ['Zentrale (05651) 2283-0', ['05651 2283-0'], []],
    ['Zentrale 05651 2283-0', ['+49 5651 22830'], []],
    ['Zentrale 05651 2283-1', ['05651 2283-0'], ['05651 2283-1']],
    ['Bei Lebensgefahr 112, bei Gefahr 110.', [], []],
    ['Erst 05651 335580, dann nochmal 05651 335580.', [], ['05651 335580']],
  ];
  it.each(cases)('%s with phones %j', (text, known, expected) => {
    expect(unknownPhones(text, known)).toEqual(expected);
  });
});
