import { useEffect, useState } from 'preact/hooks';

/** The current time, renewed every minute so "open now" badges do not go stale on an open screen. */
export function useNow(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}
