import { describe, expect, it } from 'vitest';
import { entryLink } from './entry-link';

describe('entryLink', () => {
  it('is the app address with the entry route, whatever the current screen', () => {
    expect(entryLink('jobcenter-eschwege', 'https://example.org/app/index.html?x=1#/list?q=job')).toBe(
      'https://example.org/app/index.html?x=1#/e/jobcenter-eschwege',
    );
    expect(entryLink('a b', 'http://127.0.0.1:4173/')).toBe('http://127.0.0.1:4173/#/e/a%20b');
  });
});
