import { readFileSync } from 'node:fs';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { changeLanguage, initI18n, wantAllNamespaces } from '../../i18n';
import { GermanNote } from './German';
import { HolidayName } from './Holiday';

const root = document.createElement('div');
const detail = (lang: string) =>
  JSON.parse(readFileSync(`locales/${lang}/detail.json`, 'utf8')) as { germanNote: string; holidayName: Record<string, string> };

beforeAll(async () => {
  wantAllNamespaces();
  await initI18n('ar');
  document.body.append(root);
});
afterEach(async () => {
  await act(() => render(null, root));
  await changeLanguage('ar');
});

describe('German texts inside a translated screen', () => {
  it('names a public holiday in the user’s language with the German name beside it, marked as German', async () => {
    await act(() => render(<HolidayName name="Maifeiertag" lang="ar" />, root));
    expect(root.textContent).toBe(`${detail('ar').holidayName.mayDay} (Maifeiertag)`);
    expect(root.querySelector('[lang="de"]')?.textContent).toBe('Maifeiertag');
  });

  it('keeps a holiday it does not know in German, and German alone in German', async () => {
    await act(() => render(<HolidayName name="Reformationstag" lang="ar" />, root));
    expect(root.textContent).toBe('Reformationstag');
    await changeLanguage('de');
    await act(() => render(<HolidayName name="Maifeiertag" lang="de" />, root));
    expect(root.textContent).toBe('Maifeiertag');
  });

  it('leads a German-only note with "Note in German:" in the user’s language', async () => {
    await act(() => render(<GermanNote note="Eingang Mauerstraße" lang="ar" block />, root));
    expect(root.textContent).toBe(`${detail('ar').germanNote} Eingang Mauerstraße`);
    expect(root.querySelector('[lang="de"]')?.textContent).toBe('Eingang Mauerstraße');
    await changeLanguage('de');
    await act(() => render(<GermanNote note="Eingang Mauerstraße" lang="de" block />, root));
    expect(root.textContent).toBe('Eingang Mauerstraße');
  });
});
