import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changeLanguage, initI18n, t } from '../../i18n';
import { reportText } from './report-text';

const input = {
  entry: { name: 'Ausländerbehörde Werra-Meißner-Kreis' },
  version: '2026-11-22T00:00:00Z',
  link: 'https://example.org/#/e/auslaenderbehoerde',
};

beforeAll(() => initI18n('de'));
afterAll(() => changeLanguage('de'));

describe('report text for a Lotse', () => {
  it('is in German for German users, with the entry name and the data version', async () => {
    await changeLanguage('de');
    expect(reportText({ ...input, lang: 'de', t })).toBe(
      [
        'Im Wegweiser ist bei diesem Eintrag etwas falsch:',
        'Eintrag: Ausländerbehörde Werra-Meißner-Kreis',
        'Datenstand: 2026-11-22T00:00:00Z',
        'https://example.org/#/e/auslaenderbehoerde',
        'Was ist falsch? Was ist richtig?',
        '',
      ].join('\n'),
    );
  });

  it("is in the user's language with the German name kept German", async () => {
    await changeLanguage('uk');
    expect(reportText({ ...input, lang: 'uk', t }).split('\n').slice(0, 3)).toEqual([
      'У застосунку Wegweiser у цьому записі є помилка:',
      'Запис: Ausländerbehörde Werra-Meißner-Kreis',
      'Стан даних: 2026-11-22T00:00:00Z',
    ]);
  });

  it('keeps the German name and the version left-to-right and whole in Arabic', async () => {
    await changeLanguage('ar');
    const lines = reportText({ ...input, lang: 'ar', t }).split('\n');
    expect(lines[1]).toBe('الجهة: \u2066Ausländerbehörde Werra-Meißner-Kreis\u2069');
    expect(lines[2]).toBe('تاريخ البيانات: \u20662026-11-22T00:00:00Z\u2069');
  });
});
