/** Small pure formatters for the detail screen: address lines, reach. */
import type { Address, Lang, Region, Scope } from '../../directory/types';

/** The address as written on a letter: street, then postcode and town. The note stays apart. */
export function addressLines(address: Address): readonly string[] {
  const town = [address.postcode, address.town].filter(Boolean).join(' ');
  return address.street ? [address.street, town] : [town];
}

/** Who an entry is for, as a translation key, or the list of towns. */
export type ScopeText =
  | { readonly kind: 'key'; readonly key: string }
  | { readonly kind: 'towns'; readonly towns: readonly Town[] };

/** A town as on the signs (German), with its name in the user's script where the region has one. */
export interface Town {
  readonly name: string;
  readonly local?: string;
}

/** The reach of an entry; towns are looked up in the region, unknown keys left out. */
export function scopeText(scope: Scope, region: Region, lang: Lang): ScopeText {
  if (scope.kind !== 'municipalities') return { kind: 'key', key: `detail:scope.${scope.kind}` };
  const towns = scope.ags.flatMap((ags) => {
    const m = region.municipalities.find((x) => x.ags === ags);
    if (!m) return [];
    const local = m.names[lang];
    return [local && local !== m.name ? { name: m.name, local } : { name: m.name }];
  });
  return towns.length > 0 ? { kind: 'towns', towns } : { kind: 'key', key: 'detail:scope.unknown' };
}

/** A localized text in the user's language, or German when that translation is missing. */
export function localized(
  text: Readonly<Partial<Record<Lang, string>>> | undefined,
  lang: Lang,
): { readonly text: string; readonly lang: Lang } | undefined {
  const own = text?.[lang]?.trim();
  if (own) return { text: own, lang };
  const de = text?.de?.trim();
  return de ? { text: de, lang: 'de' } : undefined;
}

/**
 * Wraps text in a left-to-right isolate (U+2066 … U+2069) for plain text in an Arabic or Dari
 * message: without it "05651 2283-0" shows as "2283-0 05651" and "08:00–16:00" as "16:00–08:00".
 */
export { ltrIsolate } from '../../directory/inline-tokens';
