import { describe, expect, it } from 'vitest';
import type { Category } from '../directory/types';
import type { LocatedEntry, Place } from './places';
import { popupContent, type PopupContext } from './popup';
import { testEntry } from '../directory/search.samples';

const label = { de: 'Arbeit', uk: 'Робота', ar: 'العمل', 'fa-AF': 'کار' };
const categories: Category[] = [{ id: 'arbeit', icon: 'briefcase', color: '#8a4b08', label }];

function located(id: string, name: string, precision: 'town' | 'building', openingHours?: string): LocatedEntry {
  return testEntry(id, {
    name,
    description: label,
    scope: { kind: 'district' },
    location: { lat: 51.18, lon: 10.05, precision, source: 'test' },
    ...(openingHours ? { openingHours } : {}),
  }) as LocatedEntry;
}

const WORDS = { open: 'مفتوح الآن', closed: 'مغلق الآن', hoursUnknown: 'غير معروف', details: 'المزيد', approximate: 'مكان تقريبي' };
const ctx: PopupContext = {
  lang: 'ar',
  dir: 'rtl',
  categories,
  isOpen: (e) => (e.openingHours === 'open' ? true : e.openingHours === 'closed' ? false : undefined),
  detailHref: (id) => `#/e/${id}`,
  text: (key) => WORDS[key],
};

const place = (entries: LocatedEntry[]): Place => ({ key: 'k', lat: 51.18, lon: 10.05, entries, approximate: false, color: '#000' });

describe('popupContent', () => {
  it('shows the German name marked as German inside an Arabic popup', () => {
    const root = popupContent(place([located('jc', 'Jobcenter Eschwege', 'building', 'open')]), ctx);
    expect([root.lang, root.dir]).toEqual(['ar', 'rtl']);
    const name = root.querySelector('.map-popup-name [lang]') as HTMLElement;
    expect([name.textContent, name.lang, name.dir]).toEqual(['Jobcenter Eschwege', 'de', 'ltr']);
    expect(name.parentElement?.hasAttribute('dir')).toBe(false);
  });

  it('names the category in the user’s language, the open state and links to the detail', () => {
    const root = popupContent(place([located('jc', 'Jobcenter', 'building', 'closed')]), ctx);
    expect(root.querySelector('.map-popup-category')?.textContent).toBe('العمل');
    expect(root.querySelector('.map-popup-hours')?.textContent).toBe('مغلق الآن');
    expect(root.querySelector('a')?.getAttribute('href')).toBe('#/e/jc');
    expect(root.querySelector('.map-popup-approx')).toBeNull();
  });

  it('says "approximate" for an entry known only to the town, and "unknown" hours as such', () => {
    const root = popupContent(place([located('a', 'A', 'town'), located('b', 'B', 'building', 'open')]), ctx);
    const blocks = [...root.querySelectorAll<HTMLElement>('.map-popup-entry')];
    expect(blocks.map((b) => b.dataset.id)).toEqual(['a', 'b']);
    expect(blocks[0]?.querySelector('.map-popup-approx')?.textContent).toBe('مكان تقريبي');
    expect(blocks[0]?.querySelector('.map-popup-hours')?.textContent).toBe('غير معروف');
    expect(blocks[1]?.querySelector('.map-popup-hours')?.textContent).toBe('مفتوح الآن');
  });

  it('puts the focused entry of a stacked point first and marks it, keeping all others', () => {
    const stack = place([located('a', 'Agentur', 'town'), located('b', 'Beratung', 'town'), located('jc', 'Jobcenter', 'town')]);
    const ids = (root: HTMLElement) => [...root.querySelectorAll<HTMLElement>('.map-popup-entry')].map((b) => b.dataset.id);
    expect(ids(popupContent(stack, ctx))).toEqual(['a', 'b', 'jc']);
    const focused = popupContent(stack, ctx, 'jc');
    expect(ids(focused)).toEqual(['jc', 'a', 'b']);
    expect([...focused.querySelectorAll<HTMLElement>('.map-popup-focus')].map((b) => b.dataset.id)).toEqual(['jc']);
    expect(focused.querySelector('.map-popup-name')?.textContent).toBe('Jobcenter');
    expect(ids(popupContent(stack, ctx, 'not-here'))).toEqual(['a', 'b', 'jc']);
  });

  it('never parses a name as HTML', () => {
    const root = popupContent(place([located('x', '<img src=x onerror=alert(1)>', 'building')]), ctx);
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('.map-popup-name')?.textContent).toBe('<img src=x onerror=alert(1)>');
  });
});
