import { describe, expect, it } from 'vitest';
import { angleBetween, arrowAngle, headingOf } from './compass';

describe('headingOf', () => {
  it('uses Safari’s compass heading as it is', () => {
    expect(headingOf({ alpha: 10, absolute: false, webkitCompassHeading: 90 })).toBe(90);
  });

  it('turns an absolute alpha (counter-clockwise) into a clockwise heading', () => {
    expect(headingOf({ alpha: 90, absolute: true })).toBe(270);
    expect(headingOf({ alpha: 0, absolute: true })).toBe(0);
  });

  it('gives no heading for a relative reading or a missing alpha', () => {
    expect(headingOf({ alpha: 90, absolute: false })).toBeUndefined();
    expect(headingOf({ alpha: null, absolute: true })).toBeUndefined();
  });

  it('adds the screen rotation of a phone held sideways', () => {
    expect(headingOf({ alpha: 0, absolute: true }, 90)).toBe(90);
    expect(headingOf({ alpha: 0, absolute: false, webkitCompassHeading: 300 }, 90)).toBe(30);
  });
});

describe('arrowAngle', () => {
  it('points straight up when the phone faces the place, and right when the place is east of the facing', () => {
    expect(arrowAngle(45, 45)).toBe(0);
    expect(arrowAngle(90, 0)).toBe(90);
    expect(arrowAngle(10, 350)).toBe(20);
    expect(arrowAngle(350, 10)).toBe(340);
  });
});

describe('angleBetween', () => {
  it('is the short way round', () => {
    expect(angleBetween(359, 1)).toBe(2);
    expect(angleBetween(1, 359)).toBe(2);
    expect(angleBetween(0, 180)).toBe(180);
  });
});
