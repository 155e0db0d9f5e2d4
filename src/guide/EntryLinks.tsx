import { href } from '../app/router';
import type { Entry } from '../directory/types';

/** Directory entries as links to their pages, comma-separated; names stay German and left to right. */
export function EntryLinks({ entries }: { entries: readonly Entry[] }) {
  return (
    <>
      {entries.map((e, i) => (
        <span key={e.id}>
          {i > 0 && ', '}
          <a href={href(['e', e.id])} lang="de" dir="ltr">
            {e.name}
          </a>
        </span>
      ))}
    </>
  );
}
