/**
 * Loads the guide content (Ukraine page, glossary, phrases) shipped with the app. The file was
 * validated when the app was built and is precached by the service worker, so this works offline.
 */
import { useLoaded } from '../app/loaded';
import type { Guide } from './types';

/** The guide file, relative to the app (written by scripts/data-build.ts). */
export const GUIDE_URL = 'data/guide.json';

let cached: Promise<Guide | undefined> | undefined;
/** The guide once loaded: a screen opened later draws it in its first render. */
let loaded: Guide | undefined;

function looksLikeGuide(raw: unknown): raw is Guide {
  const g = raw as Partial<Guide> | null;
  return (
    !!g &&
    typeof g === 'object' &&
    !!g.ukraine &&
    Array.isArray(g.ukraine.steps) &&
    Array.isArray(g.ukraine.resources) &&
    Array.isArray(g.glossary) &&
    Array.isArray(g.phrases)
  );
}

async function fetchGuide(): Promise<Guide | undefined> {
  try {
    const res = await fetch(new URL(GUIDE_URL, document.baseURI));
    if (!res.ok) return undefined;
    const raw: unknown = await res.json();
    return looksLikeGuide(raw) ? raw : undefined;
  } catch {
    return undefined;
  }
}

/** The guide, fetched once per page load; undefined when it is missing or broken. */
export function loadGuide(): Promise<Guide | undefined> {
  cached ??= fetchGuide().then((g) => {
    // A failed load is not cached: the next screen may try again once the file is there.
    if (!g) cached = undefined;
    loaded = g;
    return g;
  });
  return cached;
}

/** Forgets the cached guide (tests). */
export function resetGuideCache(): void {
  cached = undefined;
  loaded = undefined;
}

/** The guide for a screen: 'loading', 'failed', or the content. */
export type GuideState = { readonly status: 'loading' | 'failed' } | { readonly status: 'ready'; readonly guide: Guide };

/** The guide; fails when it is missing or broken (a later screen may try again). */
const loadOrFail = (): Promise<Guide> => loadGuide().then((guide) => guide ?? Promise.reject(new Error('no guide')));

/** Loads the guide for a component and re-renders when it is there. */
export function useGuide(): GuideState {
  const guide = useLoaded(loaded, loadOrFail);
  if (guide === undefined) return { status: 'loading' };
  if (guide === 'failed') return { status: 'failed' };
  return { status: 'ready', guide };
}
