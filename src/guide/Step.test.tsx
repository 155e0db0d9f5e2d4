import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeAll, describe, expect, it } from 'vitest';
import { sampleDirectory } from '../directory/validate.samples';
import { initI18n } from '../i18n';
import arGuide from '../../locales/ar/guide.json';
import { rawGuide } from './fixture.test-util';
import { guideT, loadGuideStrings } from './lang';
import { Step, type StepView } from './Step';
import type { ChecklistStep, GlossaryTerm } from './types';
import { validateGuide } from './validate';
import { testRoot } from '../ui/test-root.test-util';

let steps: readonly ChecklistStep[];
let terms: readonly GlossaryTerm[];
const root = testRoot();

beforeAll(async () => {
  await initI18n('ar');
  await loadGuideStrings('ar');
  const checked = validateGuide(rawGuide());
  if (!checked.ok) throw new Error('fixture guide is invalid');
  steps = checked.value.ukraine.steps;
  terms = checked.value.glossary;
});

const view = (now: Date): StepView => ({ lang: 'ar', tr: guideT('ar'), terms, directory: sampleDirectory(), home: 'eschwege', now });

async function show(step: ChecklistStep, number: number, now: Date) {
  await act(() =>
    render(
      <ol>
        <Step step={step} number={number} done={false} onToggle={() => undefined} view={view(now)} />
      </ol>,
      root(),
    ),
  );
}

describe('Step', () => {
  it('shows the number, the "do this first" badge, the sentence, and the full text and sources behind "More"', async () => {
    const step = steps[0]!;
    await show(step, 1, new Date('2026-11-30T12:00:00'));
    expect(root().querySelector('.step-number')?.textContent).toBe('1');
    expect(root().querySelector('.step-first')?.textContent).toBe(arGuide.steps.first);
    expect(root().querySelector('.step-summary')?.textContent).toBe(step.summary.ar);
    const more = root().querySelector<HTMLDetailsElement>('details.step-more')!;
    expect(more.open).toBe(false);
    expect(more.querySelector('summary')?.textContent).toBe(arGuide.steps.more);
    expect(more.textContent).toContain(step.text.ar);
    expect(more.querySelector('.sources')).not.toBeNull();
    expect(more.querySelector('.step-review')).not.toBeNull();
    expect(root().querySelector('.step-summary')?.closest('details')).toBeNull();
  });

  it('has no badge on a step not marked first, and keeps a passed review date outside the fold', async () => {
    const step = steps[1]!;
    await show(step, 2, new Date('2027-06-01T12:00:00'));
    expect(root().querySelector('.step-number')?.textContent).toBe('2');
    expect(root().querySelector('.step-first')).toBeNull();
    const due = root().querySelector('[data-testid="review-due"]');
    expect(due).not.toBeNull();
    expect(due?.closest('details')).toBeNull();
  });
});
