import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { lastFix, usePosition, type Position } from './position';

type Success = PositionCallback;
type Failure = PositionErrorCallback;

// A device whose answers the test gives by hand, one request at a time.
function device() {
  const pending: { ok: Success; fail: Failure }[] = [];
  const cleared: number[] = [];
  const geolocation = {
    getCurrentPosition: (ok: Success, fail?: Failure | null) => void pending.push({ ok, fail: fail as Failure }),
    watchPosition: (ok: Success, fail?: Failure | null) => pending.push({ ok, fail: fail as Failure }),
    clearWatch: (id: number) => void cleared.push(id),
  };
  Object.defineProperty(navigator, 'geolocation', { value: geolocation, configurable: true });
  return { pending, cleared };
}

const at = (latitude: number, longitude: number, accuracy: number) =>
  ({ coords: { latitude, longitude, accuracy }, timestamp: 0 }) as unknown as GeolocationPosition;
const error = (code: number) => ({ code, PERMISSION_DENIED: 1, POSITION_UNAVAILABLE: 2, TIMEOUT: 3, message: '' }) as GeolocationPositionError;

const root = document.createElement('div');
let seen: Position | undefined;
function Probe({ watch }: { watch: boolean }) {
  seen = usePosition({ watch });
  return null;
}
const current = (): Position => {
  if (!seen) throw new Error('not rendered');
  return seen;
};
afterEach(() => render(null, root));

describe('usePosition', () => {
  it('asks once per tap, and a failed new attempt keeps the last fix', async () => {
    const { pending } = device();
    act(() => render(<Probe watch={false} />, root));
    expect(lastFix()).toBeUndefined();
    expect(current().status).toBe('idle');
    let asked: Promise<unknown> = Promise.resolve();
    act(() => void (asked = current().ask()));
    expect(current().status).toBe('asking');
    await act(async () => {
      pending[0]?.ok(at(51.18, 10.05, 120));
      await asked;
    });
    expect(current()).toMatchObject({ status: 'shown', fix: { lat: 51.18, lon: 10.05, accuracy: 120 } });
    expect(lastFix()).toEqual({ lat: 51.18, lon: 10.05, accuracy: 120 });
    await act(async () => {
      asked = current().ask();
      pending[1]?.fail(error(3));
      await asked;
    });
    expect(current()).toMatchObject({ status: 'failed', fix: { lat: 51.18, lon: 10.05 } });
  });

  it('starts from the last fix of this visit on the next screen', () => {
    device();
    act(() => render(<Probe watch={false} />, root));
    expect(current()).toMatchObject({ status: 'shown', fix: { lat: 51.18, lon: 10.05 } });
  });

  it('with watch: starts empty, follows the user, and drops the fix when refused', () => {
    const { pending, cleared } = device();
    act(() => render(<Probe watch={true} />, root));
    expect(current().status).toBe('idle');
    act(() => void current().ask());
    expect(current().status).toBe('asking');
    act(() => pending[0]?.ok(at(51.2, 10.1, 8)));
    expect(current()).toMatchObject({ status: 'shown', fix: { lat: 51.2, lon: 10.1, accuracy: 8 } });
    act(() => pending[0]?.ok(at(51.21, 10.11, 6)));
    expect(current().fix).toEqual({ lat: 51.21, lon: 10.11, accuracy: 6 });
    act(() => pending[0]?.fail(error(1)));
    expect(current().status).toBe('denied');
    expect(current().fix).toBeUndefined();
    expect(cleared).toEqual([1]);
  });
});
