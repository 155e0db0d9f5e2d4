/** Who helps with a checklist step, resolved against the directory and the user's municipality. */
import type { Directory, Entry } from '../directory/types';
import type { Who } from './types';

/** The entries that help, or 'needsHome' when it is the town hall and no municipality is chosen. */
export type Helpers = { readonly kind: 'entries'; readonly entries: readonly Entry[] } | { readonly kind: 'needsHome' };

/**
 * Resolves `who` to directory entries. The town hall depends on where the user lives
 * (home AGS → municipality → its town hall entry). Ids the directory does not know are left out
 * rather than shown as dead links.
 */
export function resolveWho(who: Who, directory: Directory | undefined, home: string | undefined): Helpers {
  const byId = (id: string) => directory?.entries.find((e) => e.id === id);
  const present = (ids: readonly string[]) => ids.map(byId).filter((e): e is Entry => e !== undefined);
  switch (who.kind) {
    case 'townHall': {
      const town = home === undefined ? undefined : directory?.region.municipalities.find((m) => m.ags === home);
      if (!town) return { kind: 'needsHome' };
      return { kind: 'entries', entries: present([town.townHall]) };
    }
    case 'entry':
      return { kind: 'entries', entries: present([who.id]) };
    case 'entries':
      return { kind: 'entries', entries: present(who.ids) };
  }
}
