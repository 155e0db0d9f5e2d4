import type { GuideT } from './lang';
import type { GuideState } from './load';

/** While the guide loads, says so; if it cannot be read, says that. Nothing once it is there. */
export function GuideStatus({ state, tr }: { state: GuideState; tr: GuideT }) {
  if (state.status === 'loading') return <p class="loading">{tr('loading')}</p>;
  if (state.status === 'failed') {
    return (
      <p class="notice notice-warning" role="alert">
        {tr('failed')}
      </p>
    );
  }
  return null;
}
