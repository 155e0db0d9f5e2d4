/** The ticks of the first-steps checklist, kept on the device. */
import { useEffect, useState } from 'preact/hooks';
import { reportStorageError } from '../app/data';
import type { AppStorage } from '../storage';

/** Step id → done, as stored. */
export type Ticks = Readonly<Record<string, boolean>>;

/** What a checklist screen needs: the ticks, whether they are read yet, and a way to set one. */
export interface Checklist {
  readonly ticks: Ticks;
  readonly loaded: boolean;
  setStep(id: string, done: boolean): void;
}

/**
 * Reads the ticks once and writes each change at once. The box changes before the write finishes
 * (an old phone is slow); if the write fails, the box goes back and the user is told why.
 */
export function useChecklist(storage: AppStorage): Checklist {
  const [ticks, setTicks] = useState<Ticks>({});
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    let live = true;
    storage.checklist().then(
      (stored) => {
        if (!live) return;
        setTicks((now) => ({ ...stored, ...now }));
        setLoaded(true);
      },
      (error: unknown) => {
        if (live) setLoaded(true);
        reportStorageError(error);
      },
    );
    return () => {
      live = false;
    };
  }, [storage]);

  const setStep = (id: string, done: boolean) => {
    setTicks((now) => ({ ...now, [id]: done }));
    storage.setChecklistStep(id, done).catch((error: unknown) => {
      setTicks((now) => ({ ...now, [id]: !done }));
      reportStorageError(error);
    });
  };
  return { ticks, loaded, setStep };
}
