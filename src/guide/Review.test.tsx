import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Lang } from '../directory/types';
import { sampleDirectory } from '../directory/validate.samples';
import { initI18n } from '../i18n';
import { rawGuide } from './fixture.test-util';
import { guideT, loadGuideStrings } from './lang';
import { Review } from './Review';
import type { ChecklistStep } from './types';
import { validateGuide } from './validate';
import { resolveWho } from './who';
import { testRoot } from '../ui/test-root.test-util';

const directory = sampleDirectory();
let steps: readonly ChecklistStep[];
const root = testRoot();

beforeAll(async () => {
  await initI18n('de');
  for (const lang of ['de', 'uk', 'ar', 'fa-AF'] as const) await loadGuideStrings(lang);
  const checked = validateGuide(rawGuide());
  if (!checked.ok) throw new Error('fixture guide is invalid');
  steps = checked.value.ukraine.steps;
});

async function show(step: ChecklistStep, now: Date, lang: Lang = 'de', home?: string) {
  const helpers = resolveWho(step.who, directory, home);
  await act(() => render(<Review step={step} now={now} lang={lang} tr={guideT(lang)} helpers={helpers} />, root()));
}

describe('Review', () => {
  // Step 1 of the fixture: newest source 2024, review by 31 January 2027, who: the Jobcenter.
  it('before review-by: the newest source and the review day, no warning', async () => {
    await show(steps[1]!, new Date(2027, 0, 31, 23, 0));
    expect(root().textContent).toBe('Neueste Quelle: 2024. Wir prüfen das wieder bis 31. Januar 2027.');
    expect(root().querySelector('[data-testid="review-due"]')).toBeNull();
  });

  it('after review-by: says it may have changed and links whom to ask', async () => {
    await show(steps[1]!, new Date(2027, 1, 1, 8, 0));
    const due = root().querySelector('[data-testid="review-due"]');
    expect(due?.textContent).toContain('Das kann sich geändert haben');
    const names = directory.entries.filter((e) => e.id === 'jobcenter-eschwege').map((e) => e.name);
    expect([...due!.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')])).toEqual(names.map((n) => [n, '#/e/jobcenter-eschwege']));
  });

  it('after review-by on a town-hall step: the town hall of the chosen town, or "your town hall"', async () => {
    await show(steps[0]!, new Date(2027, 2, 2));
    expect(root().querySelector('[data-testid="review-due"]')?.textContent).toContain('im Rathaus Ihres Ortes');
    await show(steps[0]!, new Date(2027, 2, 2), 'de', '06636016');
    expect(root().querySelector('[data-testid="review-due"] a')?.getAttribute('href')).toBe('#/e/rathaus-witzenhausen');
  });

  it.each([
    ['uk', 'Увага: це могло змінитися.'],
    ['ar', 'انتبه: ربما تغيّر هذا.'],
    ['fa-AF', 'توجه: شاید این تغییر کرده باشد.'],
  ] as const)('says it in %s', async (lang, start) => {
    await show(steps[1]!, new Date(2027, 1, 1), lang);
    expect(root().querySelector('[data-testid="review-due"]')?.textContent?.startsWith(start)).toBe(true);
  });

  it('after review-by on a step that names no helper: points to the office its text names, no links', async () => {
    const { sources, reviewBy } = steps[1]!;
    await act(() => render(<Review step={{ sources, reviewBy }} now={new Date(2027, 1, 1)} lang="de" tr={guideT('de')} helpers={undefined} />, root()));
    const due = root().querySelector('[data-testid="review-due"]');
    expect(due?.textContent).toBe('Achtung: Das kann sich geändert haben. Es sollte bis 31. Januar 2027 neu geprüft werden. Fragen Sie bitte bei der Stelle nach, die oben im Text steht.');
    expect(due?.querySelectorAll('a')).toHaveLength(0);
  });
});
