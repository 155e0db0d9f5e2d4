import { describe, expect, it } from 'vitest';
import { callablePhones, telHref } from './phones';
import { testEntry } from './search.samples';

describe('telHref', () => {
  it.each([
    ['112', 'tel:112'],
    ['116 117', 'tel:116117'],
    ['05651 2283-0', 'tel:+49565122830'],
    ['0800 111 0 111', 'tel:+498001110111'],
    ['+49 (0)5651 335580', 'tel:+495651335580'],
    ['0049 561 123', 'tel:+49561123'],
    ['+380 44 123 4567', 'tel:+380441234567'],
    ['\u202e112\u200d', 'tel:112'],
  ])('%s → %s', (number, link) => expect(telHref(number)).toBe(link));

  it('gives nothing for text without a number', () => {
    expect(telHref('unbekannt')).toBeUndefined();
    expect(telHref('')).toBeUndefined();
  });
});

describe('callablePhones', () => {
  it('leaves out fax numbers and text without a number', () => {
    const entry = testEntry('x', {
      phones: [{ number: '05651 1' }, { number: '05651 2', fax: true }, { number: 'folgt' }],
    });
    expect(callablePhones(entry).map((p) => p.number)).toEqual(['05651 1']);
  });
});
