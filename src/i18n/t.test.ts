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
  });
});
