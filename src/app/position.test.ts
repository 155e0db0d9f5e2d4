import { describe, expect, it } from 'vitest';
import { locate } from './position';

type Success = PositionCallback;
type Failure = PositionErrorCallback;

function fakeGeolocation(answer: (ok: Success, fail: Failure) => void): Geolocation & { asked: number } {
  const geo = {
    asked: 0,
    getCurrentPosition(ok: Success, fail?: Failure | null) {
      geo.asked++;
      answer(ok, fail as Failure);
    },
    watchPosition: () => 0,
    clearWatch: () => undefined,
  };
  return geo;
}

const error = (code: number) => ({ code, PERMISSION_DENIED: 1, POSITION_UNAVAILABLE: 2, TIMEOUT: 3, message: '' }) as GeolocationPositionError;
const position = (latitude: number, longitude: number, accuracy: number) =>
  ({ coords: { latitude, longitude, accuracy }, timestamp: 0 }) as unknown as GeolocationPosition;

describe('locate', () => {
  it('gives the fix with its accuracy', async () => {
    const geo = fakeGeolocation((ok) => ok(position(51.18, 10.05, 120)));
    await expect(locate(geo)).resolves.toEqual({ status: 'shown', fix: { lat: 51.18, lon: 10.05, accuracy: 120 } });
    expect(geo.asked).toBe(1);
  });

  it('tells "not allowed" from "not found"', async () => {
    await expect(locate(fakeGeolocation((_, fail) => fail(error(1))))).resolves.toEqual({ status: 'denied' });
    await expect(locate(fakeGeolocation((_, fail) => fail(error(3))))).resolves.toEqual({ status: 'failed' });
    await expect(locate(fakeGeolocation((_, fail) => fail(error(2))))).resolves.toEqual({ status: 'failed' });
  });

  it('treats a broken fix as not found and a missing API as unsupported', async () => {
    await expect(locate(fakeGeolocation((ok) => ok(position(Number.NaN, 10, 5))))).resolves.toEqual({ status: 'failed' });
    await expect(locate(undefined)).resolves.toEqual({ status: 'unsupported' });
  });
});
