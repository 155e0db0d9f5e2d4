import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseHash } from '../app/router';
import { app } from '../app/state';
import { localized, testEntry, testRegion } from '../directory/search.samples';
import type { Directory, Entry } from '../directory/types';
import { changeLanguage, initI18n } from '../i18n';
import { memoryStorage } from '../storage/memory';
import DetailScreen from './DetailScreen';

const jobcenter: Entry = testEntry('jobcenter-eschwege', {
  name: 'Jobcenter Werra-Meißner, Eschwege',
  description: localized('Geld zum Leben.', 'Гроші на життя.', 'مال للمعيشة.', 'پول زندگی.'),
  scope: { kind: 'district' },
  address: { street: 'Fuldaer Straße 6', postcode: '37269', town: 'Eschwege' },
  location: { lat: 51.1839, lon: 10.0533, precision: 'town', source: 'GeoNames' },
  phones: [{ number: '05651 2283-0' }, { number: '05651 2283-200', fax: true }],
  openingHours: 'Mo,Tu,Th 08:00-16:00; We,Fr 08:00-12:00; PH off',
  languages: ['uk', 'ar'],
  sources: [{ title: 'Jobcenter Werra-Meißner', url: 'http://example.org/jc', asOf: '2022' }],
  conflicts: [{ field: 'openingHours', note: 'Aushang 2024: Mi bis 13 Uhr' }],
});
const bare: Entry = testEntry('bare', { name: 'Beratung', sources: [{ title: 'Amt', asOf: '2025-03' }] });
// Sources years apart; its check is itself a source of that date.
const mixed: Entry = testEntry('mixed', {
  name: 'Tafel',
  sources: [{ title: 'Zeitung', asOf: '2019' }, { title: 'Anruf bei der Tafel', asOf: '2025-06-02' }],
  checked: '2025-06-02',
});

const kassel: Entry = testEntry('kassel', {
  name: 'Zentrum in Kassel',
  scope: { kind: 'district' },
  address: { street: 'Treppenstraße', town: 'Kassel' },
  locatedElsewhere: true,
  sources: [{ title: 'Zentrum', asOf: '2022' }],
});

function directory(feedbackEmail?: string): Directory {
  const region = { ...testRegion(), ...(feedbackEmail ? { feedbackEmail } : {}) };
  return { format: 1, version: '2026-11-22T00:00:00Z', asOf: '2026-11-22', region, entries: [jobcenter, bare, mixed, kassel] };
}

let root: HTMLElement;
beforeEach(async () => {
  await initI18n('de');
  root = document.createElement('div');
  document.body.append(root);
  app.set({ directory: directory(), favourites: [], storage: memoryStorage() });
});
afterEach(async () => {
  await act(() => render(null, root));
  root.remove();
});

async function show(id: string) {
  await act(() => render(<DetailScreen route={parseHash(`#/e/${id}`)} />, root));
  // The hours module arrives by dynamic import.
  await vi.waitFor(() => expect(root.querySelector('.loading')).toBeNull(), { timeout: 5000 });
}

const text = () => root.textContent ?? '';

describe('detail screen', () => {
  it('shows the German name marked as German, the category and the description', async () => {
    await changeLanguage('ar');
    try {
      await show('jobcenter-eschwege');
      const name = root.querySelector('h1 [lang="de"]');
      expect(name?.textContent).toBe('Jobcenter Werra-Meißner, Eschwege');
      expect(name?.getAttribute('dir')).toBe('ltr');
      expect(text()).toContain('العمل');
      expect(text()).toContain('مال للمعيشة.');
    } finally {
      // A failure here must not leave the later tests in Arabic.
      await changeLanguage('de');
    }
  });

  it('calls the phone, shows the fax without a call link, and links mail apps and maps', async () => {
    await show('jobcenter-eschwege');
    const tel = [...root.querySelectorAll('a[href^="tel:"]')].map((a) => a.getAttribute('href'));
    // Once in the action bar at the top, once with the number under "Kontakt".
    expect(tel).toEqual(['tel:+49565122830', 'tel:+49565122830']);
    expect(text()).toContain('Fax (kein Anruf möglich): 05651 2283-200');
    expect(root.querySelector('a[href^="geo:51.1839,10.0533"]')).not.toBeNull();
    const osm = root.querySelector('a[href^="https://www.openstreetmap.org/"]');
    expect(osm?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(root.querySelector('a[href="#/map?focus=jobcenter-eschwege"]')).not.toBeNull();
    expect(root.querySelector('a[href="#/card/jobcenter-eschwege"]')).not.toBeNull();
    expect(root.querySelector('a[href="#/pair/jobcenter-eschwege"]')).not.toBeNull();
    expect(root.querySelector('a[href="#/way/jobcenter-eschwege"]')).not.toBeNull();
    expect(text()).toContain('Ortsmitte');
  });

  it('starts with the actions in one group and folds sharing, sources and the report at the end', async () => {
    await show('jobcenter-eschwege');
    const page = root.querySelector('.detail')!;
    // Right under the name and category, before the description.
    const quick = page.querySelector('.detail-header .detail-quick')!;
    expect(quick.previousElementSibling?.classList.contains('detail-meta')).toBe(true);
    expect(quick.nextElementSibling?.classList.contains('detail-description')).toBe(true);
    expect([...quick.querySelectorAll('a')].map((a) => [a.getAttribute('href'), a.textContent])).toEqual([
      ['tel:+49565122830', 'Anrufen'],
      ['#/card/jobcenter-eschwege', 'Jemandem zeigen'],
      ['#/way/jobcenter-eschwege', 'Richtung'],
      ['#/map?focus=jobcenter-eschwege', 'Karte'],
      ['#/pair/jobcenter-eschwege', 'Zwei Sprachen'],
    ]);
    const fold = page.lastElementChild!;
    expect(fold.tagName).toBe('DETAILS');
    expect(fold.hasAttribute('open')).toBe(false);
    for (const id of ['detail-share', 'detail-sources', 'detail-report']) expect(fold.querySelector(`[aria-labelledby="${id}"]`)).not.toBeNull();
  });

  it('shows the week with 7 days and today marked, and the state at a fixed time', async () => {
    // Wednesday 25 November 2026, 09:30 (10:30 in Berlin if the clock runs in UTC): open 08–12.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 10, 25, 9, 30));
    try {
      await show('jobcenter-eschwege');
      const rows = root.querySelectorAll('.detail-week tbody tr');
      expect(rows).toHaveLength(7);
      expect(root.querySelectorAll('.detail-week tr[aria-current="date"]')).toHaveLength(1);
      expect(root.querySelector('[data-testid="hours-now"]')?.textContent).toBe('Jetzt geöffnet, bis 12:00 Uhr.');
    } finally {
      vi.useRealTimers();
    }
  });

  it('warns about old sources and shows where sources disagree', async () => {
    await show('jobcenter-eschwege');
    expect(root.querySelector('[data-testid="freshness-warning"]')?.textContent).toBe(
      'Angaben von 2022 – bitte vor dem Besuch prüfen.',
    );
    expect(text()).toContain('Die Quellen sagen Verschiedenes:');
    expect(text()).toContain('Öffnungszeiten: Aushang 2024: Mi bis 13 Uhr');
    expect(text()).toContain('Die neuesten Angaben sind von 2022.');
    expect(text()).not.toContain('Zuletzt geprüft');
  });

  it('says which part is old when sources are years apart, and shows a documented check', async () => {
    await show('mixed');
    expect(root.querySelector('[data-testid="freshness-warning"]')?.textContent).toBe(
      'Ein Teil der Angaben ist von 2019 – bitte vor dem Besuch prüfen.',
    );
    expect(text()).toContain('Die neuesten Angaben sind von 2025.');
    expect(text()).toContain('Zuletzt geprüft: 2. Juni 2025.');
  });

  it('says "not known" for phone, address and hours, and warns about nothing fresh', async () => {
    await show('bare');
    expect(text()).toContain('Telefonnummer nicht bekannt.');
    expect(text()).toContain('Adresse nicht bekannt.');
    expect(text()).toContain('Öffnungszeiten nicht bekannt.');
    expect(root.querySelector('[data-testid="freshness-warning"]')).toBeNull();
    expect(root.querySelector('a[href^="#/map"]')).toBeNull();
  });

  it('prepares a report for the Lotse without an address, and prefills the mail with one', async () => {
    await show('bare');
    // Nothing meant for the deployer: no word about a missing configuration.
    expect(text()).not.toContain('E-Mail-Adresse');
    expect(root.querySelector('a[href^="mailto:"]')).toBeNull();
    const prepare = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Fehler melden')!;
    await act(async () => prepare.click());
    await vi.waitFor(() => expect(root.querySelector('[data-testid="report-text"]')).not.toBeNull());
    const report = root.querySelector('[data-testid="report-text"]')?.textContent ?? '';
    expect(report).toContain('Eintrag: Beratung');
    expect(report).toContain('Datenstand: 2026-11-22T00:00:00Z');
    const sms = [...root.querySelectorAll('a[href^="sms:"]')].map((a) => decodeURIComponent(a.getAttribute('href') ?? ''));
    expect(sms.some((href) => href.includes('Eintrag: Beratung'))).toBe(true);

    app.set({ directory: directory('integration@example.org') });
    await show('bare');
    expect(root.querySelector('[data-testid="report-text"]')).toBeNull();
    const mail = root.querySelector('a[href^="mailto:integration@example.org"]')?.getAttribute('href') ?? '';
    expect(decodeURIComponent(mail)).toContain('Kennung: bare');
    expect(decodeURIComponent(mail)).toContain('Datenstand: 2026-11-22T00:00:00Z');
  });

  it('stars the entry and keeps it on the device', async () => {
    await show('bare');
    const star = root.querySelector<HTMLButtonElement>('.detail-star')!;
    expect(star.getAttribute('aria-pressed')).toBe('false');
    await act(async () => {
      star.click();
      await Promise.resolve();
    });
    expect(star.getAttribute('aria-pressed')).toBe('true');
    expect(await app.get().storage.favourites()).toEqual(['bare']);
  });

  it('shares as text with SMS and WhatsApp when the phone has no share sheet', async () => {
    await show('jobcenter-eschwege');
    const share = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Teilen')!;
    await act(async () => share.click());
    await vi.waitFor(() => expect(root.querySelector('[data-testid="share-text"]')).not.toBeNull());
    const shared = root.querySelector('[data-testid="share-text"]')?.textContent ?? '';
    expect(shared).toContain('Fuldaer Straße 6');
    expect(shared).toContain('Tel. 05651 2283-0');
    const sms = root.querySelector('a[href^="sms:"]')?.getAttribute('href') ?? '';
    expect(decodeURIComponent(sms)).toContain('37269 Eschwege');
    expect(root.querySelector('a[href^="https://wa.me/?text="]')).not.toBeNull();
  });

  it('uses the share sheet where there is one', async () => {
    const shareFn = vi.fn().mockResolvedValue(undefined);
    vi.stubGlobal('navigator', { ...navigator, share: shareFn });
    try {
      await show('jobcenter-eschwege');
      const share = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Teilen')!;
      await act(async () => share.click());
      await vi.waitFor(() => expect(shareFn).toHaveBeenCalledOnce());
      expect(shareFn.mock.calls[0]?.[0].text).toContain('Fuldaer Straße 6');
      expect(root.querySelector('[data-testid="share-text"]')).toBeNull();
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('draws the QR code only when asked', async () => {
    await show('jobcenter-eschwege');
    expect(root.querySelector('[data-testid="qr-code"]')).toBeNull();
    const qr = [...root.querySelectorAll('button')].find((b) => b.textContent === 'QR-Code')!;
    await act(async () => qr.click());
    await vi.waitFor(() => expect(root.querySelector('[data-testid="qr-code"]')).not.toBeNull());
    expect(root.querySelectorAll('[data-testid="qr-code"] path').length).toBeGreaterThan(20);
  });

  it('says an unknown entry does not exist and links to the search', async () => {
    await show('gibt-es-nicht');
    expect(root.querySelector('h1')?.textContent).toBe('Diesen Eintrag gibt es nicht (mehr)');
    expect(root.querySelector('a[href="#/list"]')).not.toBeNull();
  });

  it('says when an office serving the region is located outside it, and only then', async () => {
    await changeLanguage('uk');
    await show('kassel');
    expect(text()).toContain('Розташовано за межами району');
    await show('bare');
    expect(text()).not.toContain('Розташовано за межами району');
    await changeLanguage('de');
  });
});
