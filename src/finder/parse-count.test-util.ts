import { vi } from 'vitest';

/** Specs the opening-hours library was asked to parse, in order, in a test file that mocks it with countedOpeningHours. */
export const parsed: string[] = [];

/**
 * The opening-hours library, each parse written down in `parsed`. In a test file:
 * vi.mock('opening_hours', async () => (await import('./parse-count.test-util')).countedOpeningHours());
 */
export async function countedOpeningHours(): Promise<{ default: unknown }> {
  const Real = (await vi.importActual<{ default: new (...args: unknown[]) => object }>('opening_hours')).default;
  class Counted extends Real {
    constructor(...args: unknown[]) {
      parsed.push(String(args[0]));
      super(...args);
    }
  }
  return { default: Counted };
}
