// The clock of these tests is the region's: an office's hours are Berlin time, wherever the test runs.
process.env.TZ = 'Europe/Berlin';

import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { app } from '../app/state';
import { localized, testEntry, testRegion } from '../directory/search.samples';
import type { Entry, Lang } from '../directory/types';
import { changeLanguage, initI18n } from '../i18n';
import { memoryStorage } from '../storage/memory';
import { Hours } from './detail/Hours';
import { HoursBadge } from './HoursBadge';
import { loadHours } from './use-hours';

const OFFICE = 'Mo-Fr 08:00-16:00; PH off';
const NO_PH = 'Mo-Fr 08:00-16:00';
const OPEN_END = 'Mo,We,Fr 14:00+';
const AEBD = 'We,Fr 17:00-20:00; Sa,Su,PH 11:00-19:00';

const callLine: Entry = testEntry('call-116117', {
  category: 'notfall',
  description: localized('Arzt.', 'Лікар.', 'طبيب.', 'داکتر.'),
  phones: [{ number: '116 117' }],
  openingHours: '24/7',
});
const entry = (spec: string | undefined, number = '05651 1234'): Entry =>
  testEntry('office', { phones: [{ number }], ...(spec !== undefined ? { openingHours: spec } : {}) });

/**
 * One row per situation: the spec, the Berlin wall-clock time, and what the person reads: the
 * list badge, the detail's "now" line and today's row of the week table ('' when there is no table).
 * 30 November 2026 is a Monday; 25 December 2026 (1. Weihnachtstag) a Friday.
 */
const CASES: readonly (readonly [string, Lang, string | undefined, string, string, string, string])[] = [
  ['before opening', 'de', OFFICE, '2026-11-30 07:15', 'Öffnet heute um 08:00', 'Jetzt geschlossen. Öffnet heute um 08:00 Uhr.', '08:00–16:00'],
  ['open', 'de', OFFICE, '2026-11-30 10:00', 'Jetzt offen, bis 16:00', 'Jetzt geöffnet, bis 16:00 Uhr.', '08:00–16:00'],
  ['after closing', 'de', OFFICE, '2026-11-30 17:30', 'Jetzt geschlossen, öffnet morgen um 08:00', 'Jetzt geschlossen. Öffnet morgen um 08:00 Uhr.', '08:00–16:00'],
  ['after closing on Friday', 'de', OFFICE, '2026-12-04 17:00', 'Jetzt geschlossen, öffnet Montag um 08:00', 'Jetzt geschlossen. Öffnet am Montag um 08:00 Uhr.', '08:00–16:00'],
  ['open end, before it opens', 'de', OPEN_END, '2026-11-30 10:15', 'Öffnet heute um 14:00', 'Jetzt geschlossen. Öffnet heute um 14:00 Uhr.', 'ab 14:00 Uhr'],
  ['open end, after it opened', 'de', OPEN_END, '2026-11-30 15:00', 'Offen ab 14:00, Ende nicht bekannt', 'Geöffnet ab 14:00 Uhr. Wann geschlossen wird, ist nicht bekannt – bitte vorher anrufen.', 'ab 14:00 Uhr'],
  ['open end, a day without', 'de', OPEN_END, '2026-12-01 10:00', 'Heute geschlossen, öffnet morgen um 14:00', 'Jetzt geschlossen. Öffnet morgen um 14:00 Uhr.', 'geschlossen'],
  ['open end in Arabic', 'ar', OPEN_END, '2026-11-30 15:00', 'مفتوح من الساعة 14:00، وقت الإغلاق غير معروف', 'مفتوح من الساعة 14:00. وقت الإغلاق غير معروف – اتصل أولاً من فضلك.', 'من الساعة 14:00'],
  ['"PH off" on a holiday', 'de', OFFICE, '2026-12-25 10:00', 'Heute Feiertag: geschlossen, öffnet Montag um 08:00', 'Jetzt geschlossen. Öffnet am Montag um 08:00 Uhr. Heute ist Feiertag: 1. Weihnachtstag', 'geschlossenFeiertag: 1. Weihnachtstag'],
  ['a holiday the hours do not mention', 'de', NO_PH, '2026-12-25 10:00', 'Jetzt offen, bis 16:00', 'Jetzt geöffnet, bis 16:00 Uhr.', '08:00–16:00Feiertag: 1. Weihnachtstag'],
  ['unknown hours', 'de', undefined, '2026-11-30 10:00', 'Zeiten nicht bekannt', 'Öffnungszeiten nicht bekannt – bitte vorher anrufen.', ''],
  ['24/7 on a Sunday night', 'de', '24/7', '2026-11-29 22:30', 'Immer offen', 'Jetzt geöffnet.', '00:00–24:00'],
  ['the on-call practice on a Sunday night', 'de', AEBD, '2026-11-29 22:30', 'Jetzt geschlossen, öffnet Mittwoch um 17:00', 'Jetzt geschlossen. Öffnet am Mittwoch um 17:00 Uhr.', '11:00–19:00'],
];

/** Berlin wall-clock time "2026-11-30 07:15" as a Date (the process runs in Europe/Berlin). */
function berlin(time: string): Date {
  const [y, mo, d, h, mi] = time.split(/[- :]/).map(Number) as [number, number, number, number, number];
  return new Date(y, mo - 1, d, h, mi);
}

const root = document.createElement('div');

beforeAll(async () => {
  await initI18n('de');
  const region = testRegion();
  app.set({ directory: { format: 1, version: '2026-11-22T00:00:00Z', asOf: '2026-11-22', region, entries: [callLine] }, favourites: [], storage: memoryStorage() });
  await loadHours();
  document.body.append(root);
  vi.useFakeTimers({ toFake: ['Date'] });
});
afterAll(async () => {
  vi.useRealTimers();
  await act(() => render(null, root));
  root.remove();
  await changeLanguage('de');
});

async function shown(e: Entry, lang: Lang, now: Date) {
  await changeLanguage(lang);
  const mod = await loadHours();
  await act(() => render(null, root));
  await act(() =>
    render(
      <div>
        <p class="badge">
          <HoursBadge entry={e} hours={mod} now={now} lang={lang} />
        </p>
        <Hours entry={e} />
      </div>,
      root,
    ),
  );
  await vi.waitFor(() => expect(root.querySelector('.loading')).toBeNull());
}

describe('what the hours say, at a fixed time in Europe/Berlin', () => {
  it.each(CASES)('%s (%s)', async (_name, lang, spec, time, badge, now, todayRow) => {
    vi.setSystemTime(berlin(time));
    await shown(entry(spec), lang, berlin(time));
    expect(root.querySelector('.badge')?.textContent).toBe(badge);
    expect(root.querySelector('.detail-section p')?.textContent).toBe(now);
    expect(root.querySelector('.detail-today td')?.textContent ?? '').toBe(todayRow);
    // Nobody has to guess what "14:00–?" means.
    expect(root.textContent).not.toContain('–?');
  });

  it('puts "116 117, day and night" before the practice hours when the number is always answered', async () => {
    const now = berlin('2026-11-29 22:30');
    vi.setSystemTime(now);
    await shown(entry(AEBD, '116 117'), 'de', now);
    expect(root.querySelector('.badge')?.textContent).toBe('116 117 Tag und Nacht erreichbarJetzt geschlossen, öffnet Mittwoch um 17:00');
    expect(root.querySelector('.badge .hours-number')?.getAttribute('dir')).toBe('ltr');
  });
});
