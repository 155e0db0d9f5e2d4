/**
 * Loads the guide content (Ukraine page, glossary, phrases) shipped with the app. The file was
 * validated when the app was built and is precached by the service worker, so this works offline.
 */
import { useEffect, useState } from 'preact/hooks';
import { useLoading } from '../app/ready';
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

/** Loads the guide for a component and re-renders when it is there. */
export function useGuide(): GuideState {
  const [state, setState] = useState<GuideState>(loaded ? { status: 'ready', guide: loaded } : { status: 'loading' });
  useLoading(state.status === 'loading');
  // Started in the render, not in the effect after the next frame (as lazyScreen does): the file
  // is the guide's 270 KB, fetched and parsed before the screen has anything to show.
  if (state.status === 'loading') void loadGuide();
  useEffect(() => {
    if (state.status === 'ready') return;
    let live = true;
    void loadGuide().then((guide) => {
      if (live) setState(guide ? { status: 'ready', guide } : { status: 'failed' });
    });
    return () => {
      live = false;
    };
  }, []);
  return state;
}
