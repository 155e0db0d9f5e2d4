/**
 * The guide's content model: the Ukraine first-steps checklist, the glossary of office words and
 * the key phrases. Plain readonly data, read from data/guide/*.yaml and checked by validate.ts.
 */
import type { Localized, Source } from '../directory/types';

/**
 * Who helps with a step. The town hall is not named here because it depends on where the user
 * lives: the app resolves it from the region's municipalities.
 */
export type Who =
  | { readonly kind: 'townHall' }
  | { readonly kind: 'entry'; readonly id: string }
  | { readonly kind: 'entries'; readonly ids: readonly string[] };

/** One step of a checklist, with the sources its statements come from. */
export interface ChecklistStep {
  /** Stable id, lower-case ASCII with dashes; the app stores ticks under it. */
  readonly id: string;
  readonly title: Localized;
  /** One plain sentence from the text: what to do. Shown; the text is behind "More". */
  readonly summary: Localized;
  /** The step to do before the others: the app marks it "Do this first". */
  readonly first?: boolean;
  readonly text: Localized;
  readonly who: Who;
  readonly sources: readonly Source[];
  /** ISO date of the project's last check, only when one of `sources` has this date and documents it. */
  readonly checked?: string;
  /**
   * ISO date by which the step must be checked again (a deadline in the law, a planned change).
   * After it the app says the step may have changed and whom to ask; data:check fails.
   */
  readonly reviewBy: string;
}

/** A trusted place for more help (portal, hotline). */
export interface Resource {
  readonly title: Localized;
  readonly url: string;
  /** As dialled inside Germany, e.g. "0800 110 3333". */
  readonly phone?: string;
  readonly sources: readonly Source[];
}

/** The page "First steps for people from Ukraine". */
export interface UkrainePage {
  readonly intro: Localized;
  readonly steps: readonly ChecklistStep[];
  readonly resources: readonly Resource[];
  /** "This page explains, it is no legal advice; the offices decide." */
  readonly legalNote: Localized;
}

/** The grammatical article of a German noun, shown with the word. */
export type Article = 'der' | 'die' | 'das';

/** A German office word, explained in plain language. */
export interface GlossaryTerm {
  readonly id: string;
  /** The word as an office writes it: "Aufenthaltstitel". */
  readonly de: string;
  readonly article?: Article;
  /** Other German forms found in texts (plural, cases, compounds, abbreviations). */
  readonly variants: readonly string[];
  /** Two or three plain sentences: what it is and what to do. Never legal advice. */
  readonly explain: Localized;
  /** The word itself in each language. */
  readonly translation: Localized;
}

/** A sentence to show or say at an office: German, and what it means in each language. */
export interface Phrase {
  readonly id: string;
  readonly de: string;
  readonly say: Localized;
}

/** A step of a first-steps page (asylum, protection): reviewed by a date instead of "checked". */
export interface PageStep {
  /** Stable id, lower-case ASCII with dashes; ticks are kept under "<page>/<id>". */
  readonly id: string;
  readonly title: Localized;
  /** One plain sentence from the text: what to do. Shown; the text is behind "More". */
  readonly summary: Localized;
  /** The step to do before the others: the app marks it "Do this first". */
  readonly first?: boolean;
  readonly text: Localized;
  /** Left out when no directory entry fits; the text then names whom to ask. */
  readonly who?: Who;
  readonly sources: readonly Source[];
  /** ISO date by which the step must be checked against its sources again. */
  readonly reviewBy: string;
}

/** A first-steps page for one situation, e.g. "in the asylum procedure". */
export interface FirstStepsPage {
  readonly title: Localized;
  /** Words people search for, in any script ("Asyl", "لجوء"); the title is searched too. */
  readonly keywords: readonly string[];
  readonly intro: Localized;
  readonly steps: readonly PageStep[];
  readonly resources: readonly Resource[];
  readonly legalNote: Localized;
}

/** A short everyday topic (family doctor, Kita, Kindergeld): one text, its helpers and sources. */
export interface TopicPage {
  readonly id: string;
  readonly title: Localized;
  readonly keywords: readonly string[];
  readonly text: Localized;
  readonly who?: Who;
  readonly sources: readonly Source[];
  readonly reviewBy: string;
}

/** The first-steps pages besides the Ukraine page, by the name of their file. */
export type FirstStepsId = 'asylum' | 'protection';

/** All guide content as shipped. */
export interface Guide {
  readonly ukraine: UkrainePage;
  readonly glossary: readonly GlossaryTerm[];
  readonly phrases: readonly Phrase[];
  /** Absent in a guide file from before these pages existed. */
  readonly pages?: Readonly<Partial<Record<FirstStepsId, FirstStepsPage>>>;
  readonly topics?: readonly TopicPage[];
}
