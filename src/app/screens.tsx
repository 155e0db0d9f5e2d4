import type { ComponentType } from 'preact';
import { HomeScreen } from './HomeScreen';
import { lazyScreen } from './lazy';
import type { Route } from './router';

/** Every screen gets the current route. */
export type ScreenProps = { readonly route: Route };

/**
 * The route table: first path segment → screen. Only the home screen is in the first bundle;
 * every other screen is its own chunk (precached, so it opens offline too).
 */
export const SCREENS: Readonly<Record<string, ComponentType<ScreenProps>>> = {
  '': HomeScreen,
  list: lazyScreen(() => import('../finder/ListScreen')),
  e: lazyScreen(() => import('../finder/DetailScreen')),
  fav: lazyScreen(() => import('../finder/FavouritesScreen')),
  help: lazyScreen(() => import('../finder/EmergencyScreen')),
  map: lazyScreen(() => import('../map/MapScreen')),
  card: lazyScreen(() => import('../guide/CardScreen')),
  ukraine: lazyScreen(() => import('../guide/UkraineScreen')),
  glossary: lazyScreen(() => import('../guide/GlossaryScreen')),
  pair: lazyScreen(() => import('../guide/PairScreen')),
  way: lazyScreen(() => import('../guide/WayScreen')),
  settings: lazyScreen(() => import('./SettingsScreen')),
  privacy: lazyScreen(() => import('./PrivacyScreen')),
  about: lazyScreen(() => import('./AboutScreen')),
};
