import type { ComponentType } from 'preact';
import { HomeScreen } from './HomeScreen';
import { lazyScreen } from './lazy';
import type { ScreenProps } from './router';

// "speech": the listen button's texts (entries and the guide's pages), not needed by the first screen.
const FINDER = ['finder', 'detail', 'speech'];
const GUIDE = ['guide', 'speech'];


/**
 * The route table: first path segment → screen. Only the home screen is in the first bundle;
 * every other screen is its own chunk (precached, so it opens offline too).
 */
export const SCREENS: Readonly<Record<string, ComponentType<ScreenProps>>> = {
  '': HomeScreen,
  list: lazyScreen(() => import('../finder/ListScreen'), FINDER),
  e: lazyScreen(() => import('../finder/DetailScreen'), FINDER),
  fav: lazyScreen(() => import('../finder/FavouritesScreen'), FINDER),
  help: lazyScreen(() => import('../finder/EmergencyScreen'), FINDER),
  map: lazyScreen(() => import('../map/MapScreen'), ['map']),
  card: lazyScreen(() => import('../guide/CardScreen'), GUIDE),
  ukraine: lazyScreen(() => import('../guide/UkraineScreen'), GUIDE),
  steps: lazyScreen(() => import('../guide/StepsScreen'), GUIDE),
  topic: lazyScreen(() => import('../guide/TopicScreen'), GUIDE),
  glossary: lazyScreen(() => import('../guide/GlossaryScreen'), GUIDE),
  pair: lazyScreen(() => import('../guide/PairScreen'), GUIDE),
  way: lazyScreen(() => import('../guide/WayScreen'), GUIDE),
  settings: lazyScreen(() => import('./SettingsScreen'), ['settings']),
  // Their texts are a namespace of their own ("info"), kept out of the "common" the start awaits.
  privacy: lazyScreen(() => import('./PrivacyScreen'), ['info']),
  about: lazyScreen(() => import('./AboutScreen'), ['info']),
};
