/**
 * The first visit downloads the directory once. The page needs it at once (to store it and draw
 * the home) before the service worker is even registered; the worker then precaches every file,
 * the directory too. The page leaves its copy in this cache, and the worker's install takes it
 * over instead of downloading the file again, when its SHA-256 is the revision the build gave the
 * file in the precache manifest (vite.config.ts), so a copy from another release is never used.
 */
export const HANDOFF_CACHE = 'wegweiser-handoff';
