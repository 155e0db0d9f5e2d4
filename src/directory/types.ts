/**
 * The directory's domain model: plain, readonly data. The source files in data/ (YAML) are
 * converted to these shapes at one edge (scripts/data-build.ts and validate.ts); nothing else
 * reads the transport format.
 */

/** The four languages of the app. German is also the language of the offices. */
export type Lang = 'de' | 'uk' | 'ar' | 'fa-AF';

/** All app languages, German first (the fallback). */
export const LANGS: readonly Lang[] = ['de', 'uk', 'ar', 'fa-AF'];

/** A text in every app language. German is the reference text. */
export type Localized = Readonly<Record<Lang, string>>;

/** A source a fact was read from, with the date of that source (ISO date or year-month or year). */
export interface Source {
  readonly title: string;
  readonly url?: string;
  /** Date of the source itself: "2024-08", "2022", "2025-03-03". */
  readonly asOf: string;
}

/** How exact a location is. */
export type Precision = 'building' | 'street' | 'town';

export interface GeoPoint {
  readonly lat: number;
  readonly lon: number;
  readonly precision: Precision;
  /** Where the coordinate comes from (e.g. "GeoNames postal code point"). */
  readonly source: string;
}

export interface Address {
  /** Street and house number as known; a missing house number stays missing. */
  readonly street?: string;
  readonly postcode?: string;
  readonly town: string;
  /** Free note in German, e.g. "Eingang Mauerstraße". */
  readonly note?: string;
}

export interface Phone {
  /** As dialled inside Germany, e.g. "05651 2283-0" or "112". */
  readonly number: string;
  /** What the number is for, e.g. "Zentrale", "Fax". Fax numbers are not callable. */
  readonly label?: Localized;
  readonly fax?: boolean;
}

/** Where an entry is responsible. */
export type Scope =
  | { readonly kind: 'national' }
  | { readonly kind: 'state' }
  | { readonly kind: 'district' }
  | { readonly kind: 'municipalities'; readonly ags: readonly string[] };

export type TriState = 'yes' | 'no' | 'unknown';

/** A conflict between sources, shown to the user as such. */
export interface Conflict {
  readonly field: string;
  /** What the other source says, in German, with the source named. */
  readonly note: string;
}

export interface Entry {
  /** Stable id, lower-case ASCII with dashes; used in URLs and favourites. */
  readonly id: string;
  readonly category: string;
  /**
   * Place in lists that must not follow the alphabet, smallest first (1 = the emergency call 112).
   * Entries without a rank come after all ranked ones, in the data's order.
   */
  readonly rank?: number;
  /** Official German name as on the door. */
  readonly name: string;
  /** "What they do for you" in every language. */
  readonly description: Localized;
  readonly scope: Scope;
  readonly address?: Address;
  readonly location?: GeoPoint;
  readonly phones: readonly Phone[];
  readonly email?: string;
  readonly website?: string;
  /** OpenStreetMap opening_hours syntax; absent when not known. */
  readonly openingHours?: string;
  /** A note on the hours, in every language (e.g. "Termine nach Vereinbarung"). */
  readonly hoursNote?: Localized;
  /** ISO 639-1 codes of languages spoken; empty when not known. */
  readonly languages: readonly string[];
  readonly barrierFree: TriState;
  readonly bring?: Localized;
  readonly transit?: Localized;
  /** Extra search words in any language and script ("job center", "центр зайнятості"). */
  readonly keywords: readonly string[];
  readonly sources: readonly Source[];
  /**
   * ISO date of the project's last check, only when that check is itself a source: one of
   * `sources` has exactly this `asOf` and documents the check. Absent otherwise.
   */
  readonly checked?: string;
  readonly conflicts: readonly Conflict[];
  /** Serves this region but is located outside it (e.g. a centre in Kassel); its address may be elsewhere. */
  readonly locatedElsewhere?: boolean;
}

export interface Category {
  readonly id: string;
  /** Name of an icon in src/ui/icons.tsx. */
  readonly icon: string;
  /** CSS colour for tiles and map markers. */
  readonly color: string;
  readonly label: Localized;
  /** The Integrationsnetz section it comes from, if any. */
  readonly section?: string;
}

export interface Municipality {
  /** Official key (Amtlicher Gemeindeschlüssel), 8 digits. */
  readonly ags: string;
  readonly name: string;
  /** Name in other scripts for display and search. */
  readonly names: Readonly<Partial<Record<Lang, string>>>;
  readonly centre: { readonly lat: number; readonly lon: number };
  /** Id of the town hall entry. */
  readonly townHall: string;
}

/** The region's rule for old facts, relative to today. */
export interface FreshnessRule {
  /** Sources older than this many years get "please check before you go". */
  readonly checkBeforeVisitAfterYears: number;
}

export interface Region {
  readonly id: string;
  readonly name: string;
  readonly names: Readonly<Partial<Record<Lang, string>>>;
  /** [south, west, north, east] */
  readonly bbox: readonly [number, number, number, number];
  /** Path of the boundary GeoJSON, relative to the app. */
  readonly boundaries: string;
  readonly boundaryCredit: string;
  readonly municipalities: readonly Municipality[];
  readonly categories: readonly Category[];
  /** Raster tile URL template for the map; can be changed in the data without a release. */
  readonly tileUrl: string;
  readonly tileAttribution: string;
  /**
   * Where public holidays are counted for opening hours: ISO country code and the state's name as
   * the opening_hours library knows it ("Hessen"; a district in Thüringen has other holidays).
   */
  readonly holidays: { readonly country: string; readonly state: string };
  /** When facts count as old (see freshness.ts). */
  readonly freshness: FreshnessRule;
  /** E-mail address for "report a mistake". */
  readonly feedbackEmail?: string;
}

/** The whole data file as shipped and as updated. */
export interface Directory {
  /** Format version of the file; the app rejects versions it does not know. */
  readonly format: 1;
  /** Data version: ISO date-time of the build of this file. */
  readonly version: string;
  /**
   * The day the data was last edited (data/version.yaml; without it, the newest full-date source
   * or documented check). It dates this version of the data, not the freshness of each entry.
   */
  readonly asOf: string;
  readonly region: Region;
  readonly entries: readonly Entry[];
}
