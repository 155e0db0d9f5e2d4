import { chooseHome } from '../app/settings';
import type { Lang, Region } from '../directory/types';
import type { GuideT } from './lang';

/** "I live in …": the municipality decides which town hall helps. Saved like the home screen's choice. */
export function HomeSelect({ region, home, lang, tr }: { region: Region; home: string | undefined; lang: Lang; tr: GuideT }) {
  return (
    <p class="guide-home">
      <label for="guide-home">{tr('home.liveIn')}</label>
      <select id="guide-home" value={home ?? ''} onChange={(e) => chooseHome(e.currentTarget.value || undefined)}>
        <option value="">{tr('home.choose')}</option>
        {region.municipalities.map((m) => {
          const local = m.names[lang];
          return (
            <option key={m.ags} value={m.ags}>
              {local && local !== m.name ? `${m.name} – ${local}` : m.name}
            </option>
          );
        })}
      </select>
    </p>
  );
}
