/**
 * Which way the phone points, from the device's orientation sensor, so an arrow can point to a
 * place. Works without a connection; where there is no compass the screen gives the way in words.
 */
import { useEffect, useState } from 'preact/hooks';

const norm = (deg: number) => ((deg % 360) + 360) % 360;

/** The fields of a DeviceOrientationEvent that tell the heading (Safari adds webkitCompassHeading). */
export interface OrientationReading {
  readonly alpha: number | null;
  readonly absolute: boolean;
  readonly webkitCompassHeading?: number;
}

/**
 * Compass heading of the top of the screen, degrees clockwise from north, or undefined when the
 * reading is not tied to north (a relative alpha only says how far the phone turned since start).
 */
export function headingOf(e: OrientationReading, screenAngle = 0): number | undefined {
  let heading: number | undefined;
  if (typeof e.webkitCompassHeading === 'number' && Number.isFinite(e.webkitCompassHeading)) heading = e.webkitCompassHeading;
  else if (e.absolute && typeof e.alpha === 'number' && Number.isFinite(e.alpha)) heading = 360 - e.alpha;
  // A phone turned to landscape looks along its side; the screen angle puts that right.
  return heading === undefined ? undefined : norm(heading + screenAngle);
}

/** How far to turn an up-pointing arrow so it points along `bearing` when the phone faces `heading`. */
export function arrowAngle(bearing: number, heading: number): number {
  return norm(bearing - heading);
}

/** The smaller angle between two directions, 0–180 degrees. */
export function angleBetween(a: number, b: number): number {
  const d = norm(a - b);
  return Math.min(d, 360 - d);
}

/** What the compass can do right now. */
export type Compass =
  | { readonly kind: 'none' }
  /** iOS: the user must tap to allow the sensor. */
  | { readonly kind: 'ask'; readonly allow: () => void }
  | { readonly kind: 'waiting' }
  | { readonly kind: 'denied' }
  | { readonly kind: 'heading'; readonly deg: number };

type PermissionApi = { requestPermission?: () => Promise<'granted' | 'denied'> };

function screenAngle(): number {
  return typeof screen !== 'undefined' && screen.orientation ? screen.orientation.angle : 0;
}

/** The phone's heading while the component is shown; listening starts only when `active`. */
export function useCompass(active: boolean): Compass {
  const ctor = typeof DeviceOrientationEvent === 'undefined' ? undefined : (DeviceOrientationEvent as unknown as PermissionApi);
  const needsPermission = typeof ctor?.requestPermission === 'function';
  const [allowed, setAllowed] = useState<boolean | undefined>(needsPermission ? undefined : true);
  const [deg, setDeg] = useState<number | undefined>();

  useEffect(() => {
    if (!active || !ctor || !allowed) return;
    // Chrome on Android gives north-based readings only in the "absolute" event.
    const type = 'ondeviceorientationabsolute' in window ? 'deviceorientationabsolute' : 'deviceorientation';
    const onReading = (e: Event) => {
      const h = headingOf(e as DeviceOrientationEvent & OrientationReading, screenAngle());
      if (h === undefined) return;
      // Whole degrees, and only real changes: an old phone should not redraw sixty times a second.
      setDeg((old) => (old !== undefined && angleBetween(h, old) < 2 ? old : Math.round(h)));
    };
    window.addEventListener(type, onReading);
    return () => window.removeEventListener(type, onReading);
  }, [active, allowed]);

  if (!ctor) return { kind: 'none' };
  if (allowed === false) return { kind: 'denied' };
  if (allowed === undefined) {
    return {
      kind: 'ask',
      allow: () => {
        ctor.requestPermission?.().then(
          (answer) => setAllowed(answer === 'granted'),
          () => setAllowed(false),
        );
      },
    };
  }
  return deg === undefined ? { kind: 'waiting' } : { kind: 'heading', deg };
}
