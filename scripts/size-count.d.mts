// Types of size-count.mjs (plain JS, so `node scripts/size.mjs` runs without a build step).
type Read = (file: string) => string;
/** One case's first screen (a language, or 'picker' for a first visit): files, gzipped sizes, total. */
export interface LanguageFirstScreen {
  readonly lang: string;
  readonly files: { readonly file: string; readonly bytes: number }[];
  readonly total: number;
  readonly missing: string[];
}
export const GZIP_LEVEL: number;
export const LANGS: readonly string[];
export const START_NAMESPACES: readonly string[];
export function gzipSize(content: string | Uint8Array): number;
export function htmlRefs(html: string): string[];
export function inlineCode(html: string, tag: 'script' | 'style'): string[];
export function staticImports(file: string, code: string): string[];
export function withStaticImports(files: readonly string[], read: Read): string[];
export function localeChunks(files: readonly string[], read: Read): Map<string, string>;
export const PICKER: RegExp;
export function firstScreenByLanguage(html: string, read: Read, files: readonly string[]): LanguageFirstScreen[];
/** The store's code a returning start's first screen waits for (at most SUMMARY_WAIT_MS, main.tsx): files, gzipped sizes, total. */
export interface StoreCode {
  readonly files: { readonly file: string; readonly bytes: number }[];
  readonly total: number;
  readonly missing: string[];
}
export const STORE: RegExp;
export function storeCode(html: string, read: Read, files: readonly string[]): StoreCode;
