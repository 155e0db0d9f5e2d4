import i18next from 'i18next';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changeLanguage, initI18n, t } from './index';

// t() keeps texts looked up without options; these check that a kept text never outlives the
// language or the texts it came from. Expected texts are read from the locale files themselves.
const text = async (lang: string, key: string): Promise<string> =>
  ((await import(`../../locales/${lang}/common.json`)) as { default: Record<string, string> }).default[key] ?? '';

beforeAll(() => initI18n('de'));
afterAll(() => changeLanguage('de'));

describe('t', () => {
  it('gives the new language’s text after a change, and the old one after changing back', async () => {
    expect(t('loading')).toBe(await text('de', 'loading'));
    expect(t('loading')).toBe(await text('de', 'loading'));
    await changeLanguage('uk');
    expect(t('loading')).toBe(await text('uk', 'loading'));
    await changeLanguage('de');
    expect(t('loading')).toBe(await text('de', 'loading'));
  });

  it('gives a text that arrived after the same key was looked up and missing, from whichever loader added it', () => {
    expect(t('t-test:late')).toBe('late');
    i18next.addResourceBundle('de', 't-test', { late: 'da' }, true, true);
    expect(t('t-test:late')).toBe('da');
    i18next.removeResourceBundle('de', 't-test');
    expect(t('t-test:late')).toBe('late');
  });

  it('fills in the options of each call', () => {
    expect(t('home.title', { region: 'A' })).toBe('Wegweiser A');
    expect(t('home.title', { region: 'B' })).toBe('Wegweiser B');
    expect(t('home.title', { region: 'A' })).toBe('Wegweiser A');
  });

  it('keeps a text with options apart per value and type, and never past a change of language or texts', async () => {
    i18next.addResourceBundle('de', 't-test', { n_one: 'eins: {{count}}', n_other: 'viele: {{count}}', s: 'S {{v}}' }, true, true);
    expect(t('t-test:n', { count: 1 })).toBe('eins: 1');
    expect(t('t-test:n', { count: 2 })).toBe('viele: 2');
    expect(t('t-test:n', { count: 1 })).toBe('eins: 1');
    // A count given as text is not a number to i18next: kept apart from the number 1.
    expect(t('t-test:n', { count: '1' })).toBe(i18next.t('t-test:n', { count: '1' } as never));
    expect(t('t-test:s', { v: true })).toBe('S true');
    expect(t('t-test:s', { v: 'true' })).toBe('S true');
    i18next.addResourceBundle('de', 't-test', { s: 'neu {{v}}' }, true, true);
    expect(t('t-test:s', { v: 'x' })).toBe('neu x');
    await changeLanguage('uk');
    i18next.addResourceBundle('uk', 't-test', { n_one: 'один', n_few: 'кілька: {{count}}', n_many: 'багато: {{count}}', n_other: 'інше' }, true, true);
    expect(t('t-test:n', { count: 2 })).toBe('кілька: 2');
    expect(t('t-test:n', { count: 5 })).toBe('багато: 5');
    await changeLanguage('de');
    expect(t('t-test:n', { count: 2 })).toBe('viele: 2');
    i18next.removeResourceBundle('de', 't-test');
    i18next.removeResourceBundle('uk', 't-test');
  });

  it('asks i18next each time for an option that is not a plain value', () => {
    i18next.addResourceBundle('de', 't-test', { o: 'O {{v.name}}' }, true, true);
    const v = { name: 'a' };
    expect(t('t-test:o', { v })).toBe('O a');
    v.name = 'b';
    expect(t('t-test:o', { v })).toBe('O b');
    i18next.removeResourceBundle('de', 't-test');
  });
});
