import { useState } from 'preact/hooks';
import { app } from '../app/state';
import type { Lang } from '../directory/types';
import { Icon } from '../ui/icons';
import type { GuideT } from './lang';

/**
 * "Keep this card": the place, the card's language and the chosen sentences go to the device, and
 * the saved list (Merkliste) shows the card again, also offline.
 */
export function KeepCard({ entry, lang, phrases, tr }: { entry: string; lang: Lang; phrases: readonly string[]; tr: GuideT }) {
  const [state, setState] = useState<'idle' | 'kept' | 'failed'>('idle');
  const keep = async () => {
    try {
      await app.get().storage.saveCard({ entry, lang, phrases: [...phrases] });
      setState('kept');
    } catch {
      setState('failed');
    }
  };
  return (
    <>
      <button type="button" class="button button-secondary" onClick={() => void keep()}>
        <Icon name={state === 'kept' ? 'star-filled' : 'star'} />
        <span>{tr('card.keep')}</span>
      </button>
      <span class="card-kept" role="status">
        {state === 'kept' ? tr('card.kept') : state === 'failed' ? tr('card.keepFailed') : ''}
      </span>
    </>
  );
}
