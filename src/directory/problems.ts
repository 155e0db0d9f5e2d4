/**
 * What a validator reports. Shared by the data check script (printed for office staff) and the
 * app's update check (shown as one message), so a problem names file, entry and field.
 */
export interface Problem {
  /** Source file, when known (data/entries/arbeit.yaml). */
  readonly file?: string;
  /** Entry id or index, when the problem is inside one entry. */
  readonly entry?: string;
  /** Dotted path of the field: "phones.0.number". */
  readonly field: string;
  /** What is wrong and what to do, in plain German (office staff read it). */
  readonly message: string;
  /** A warning does not reject the data (e.g. a fact older than 2023). */
  readonly warning?: boolean;
}

/** Result of validating untrusted input. */
export type Checked<T> =
  | { readonly ok: true; readonly value: T; readonly problems: readonly Problem[] }
  | { readonly ok: false; readonly problems: readonly Problem[] };
