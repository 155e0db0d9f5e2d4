import i18next from 'i18next';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { initI18n } from '../i18n';
import { guideT, loadGuideStrings } from './lang';

beforeAll(async () => {
  await initI18n('ar');
});

describe('guideT', () => {
  it('translates in the asked language while the app stays in another one', async () => {
    await Promise.all([loadGuideStrings('uk'), loadGuideStrings('de')]);
    expect(guideT('uk')('ukraine.title')).toBe('З України: перші кроки');
    expect(guideT('ar')('ukraine.title')).toBe('من أوكرانيا: الخطوات الأولى');
    expect(guideT('de')('ukraine.title')).toBe('Aus der Ukraine: erste Schritte');
  });

  it('uses the plural rules of the asked language', async () => {
    await loadGuideStrings('uk');
    const uk = guideT('uk');
    expect(uk('ukraine.progress', { count: 1, total: 7 })).toBe('Виконано 1 крок із 7');
    expect(uk('ukraine.progress', { count: 3, total: 7 })).toBe('Виконано 3 кроки із 7');
    expect(uk('ukraine.progress', { count: 5, total: 7 })).toBe('Виконано 5 кроків із 7');
    const ar = guideT('ar');
    expect(ar('ukraine.progress', { count: 2, total: 7 })).toBe('تم إنجاز خطوتين من 7');
    expect(ar('ukraine.progress', { count: 3, total: 7 })).toBe('تم إنجاز 3 خطوات من 7');
  });

  it("adds a language's guide strings once, however often they are asked for meanwhile", async () => {
    expect(i18next.hasResourceBundle('fa-AF', 'guide')).toBe(false);
    const add = vi.spyOn(i18next, 'addResourceBundle');
    await Promise.all([loadGuideStrings('fa-AF'), loadGuideStrings('fa-AF'), loadGuideStrings('fa-AF')]);
    expect(add.mock.calls.filter(([lang, ns]) => lang === 'fa-AF' && ns === 'guide')).toHaveLength(1);
    expect(guideT('fa-AF')('ukraine.title')).not.toBe('ukraine.title');
    add.mockRestore();
  });
});
