/**
 * Newest first, by the time a favourite or show-card was added (Date.toISOString: UTC, fixed
 * width, so the order of the characters is the order in time). Compared as plain strings:
 * localeCompare made the page's first collator, whose first call took 44–49 ms at 4× CPU in the
 * app (64–162 ms in an empty page), on every start of someone with two favourites or more.
 */
export function newestFirst(a: { readonly added: string }, b: { readonly added: string }): number {
  return a.added < b.added ? 1 : a.added > b.added ? -1 : 0;
}
