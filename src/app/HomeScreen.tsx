import { useEffect, useRef, useState } from 'preact/hooks';
import { currentLang, t } from '../i18n';
import { Icon } from '../ui/icons';
import { href, navigate } from './router';
import { chooseHome } from './home-town';
import { app } from './state';
import { useStore } from './store';
import { DataAge } from './DataAge';
import { HomeSos } from './HomeSos';

/** "Your situation": each opens its first-steps page. [route, class, icon, label key]. */
const SITUATIONS = [
  [['ukraine'], 'ukraine', 'ukraine', 'home.fromUkraine'],
  [['steps', 'asylum'], 'asylum', 'passport', 'home.asylum'],
  [['steps', 'protection'], 'protection', 'card', 'home.protection'],
] as const;

/** One tap from home: [route, icon, label key]. Emergency help is the red block above them. */
const SHORTCUTS = [
  ['topic', 'health', 'home.topics'],
  ['fav', 'star', 'nav.favourites'],
  ['glossary', 'book2', 'home.glossary'],
] as const;

/** The first screen: search, "I live in …", shortcuts and the categories as large tiles. */
export function HomeScreen() {
  // The summary, not the entries: it is read first at start-up, the entries after this screen is drawn.
  const summary = useStore(app, (s) => s.summary);
  const home = useStore(app, (s) => s.home);
  const dataFailed = useStore(app, (s) => s.dataFailed);
  const [query, setQuery] = useState('');
  const pause = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(pause.current), []);
  const lang = currentLang();
  const region = summary?.region;
  const withHome = (q: URLSearchParams) => {
    if (home) q.set('ags', home);
    return q;
  };

  return (
    <section class="screen home">
      {/* The region's name is in the directory, which may still be loading: the name the app was built
          with holds its place, so the title has its final size from the first paint. */}
      <h1 tabIndex={-1}>{t('home.title', { region: region ? (region.names[lang] ?? region.name) : (__REGION_NAMES__[lang] ?? __REGION_NAMES__.de) })}</h1>
      <p class="lead">{t('home.lead')}</p>
      <HomeSos numbers={summary?.emergencyNumbers} />
      {dataFailed && (
        <p class="notice notice-error" role="alert">
          {t('data.failed')}
        </p>
      )}
      <form
        class="search-form"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          navigate(href(['list'], withHome(new URLSearchParams(query.trim() ? { q: query.trim() } : {}))));
        }}
      >
        <label for="home-search" class="visually-hidden">
          {t('search.label')}
        </label>
        <input
          id="home-search"
          type="search"
          placeholder={t('search.placeholder')}
          value={query}
          onInput={(e) => {
            const value = e.currentTarget.value;
            setQuery(value);
            // Search as you type: when typing pauses, the list takes over with what was typed so far
            // (not at the first letter: keys typed while the list opens would be lost).
            clearTimeout(pause.current);
            if (value.trim()) {
              pause.current = setTimeout(() => navigate(href(['list'], withHome(new URLSearchParams({ q: value, typing: '1' })))), 600);
            }
          }}
          enterKeyHint="search"
          autoComplete="off"
        />
        <button type="submit" class="button">
          <Icon name="search" />
          <span>{t('search.go')}</span>
        </button>
      </form>

      {!dataFailed && (
        <p class="home-town">
          <label for="home-town">{t('home.liveIn')}</label>
          {/* While the directory loads, the same box stands there disabled: nothing below it moves. */}
          <select id="home-town" value={home ?? ''} disabled={!region} onChange={(e) => chooseHome(e.currentTarget.value || undefined)}>
            <option value="">{region ? t('home.anyTown') : t('loading')}</option>
            {region?.municipalities.map((m) => (
              <option key={m.ags} value={m.ags}>
                {m.names[lang] && m.names[lang] !== m.name ? `${m.name} – ${m.names[lang]}` : m.name}
              </option>
            ))}
          </select>
        </p>
      )}

      <h2>{t('home.situation')}</h2>
      <ul class="shortcuts situations">
        {SITUATIONS.map(([path, name, icon, label]) => (
          <li key={name}>
            <a class={`shortcut shortcut-${name}`} href={href(path)}>
              <Icon name={icon} />
              <span>{t(label)}</span>
            </a>
          </li>
        ))}
      </ul>

      <ul class="shortcuts">
        {SHORTCUTS.map(([path, icon, label]) => (
          <li key={path}>
            <a class={`shortcut shortcut-${path}`} href={href([path])}>
              <Icon name={icon} />
              <span>{t(label)}</span>
            </a>
          </li>
        ))}
      </ul>

      {!dataFailed && <h2>{t('home.categories')}</h2>}
      {region ? (
        <ul class="tiles">
          {/* A tile that leads to an empty list only disappoints: the categories that have entries. */}
          {region.categories.filter((c) => summary.counts[c.id]).map((c) => (
            <li key={c.id}>
              <a class="tile" href={href(['list'], withHome(new URLSearchParams({ cat: c.id })))} style={{ '--tile': c.color }}>
                <Icon name={c.icon} size={32} />
                <span>{c.label[lang]}</span>
              </a>
            </li>
          ))}
        </ul>
      ) : (
        !dataFailed && (
          <p class="loading" role="status">
            {t('loading')}
          </p>
        )
      )}
      <footer class="home-footer">
        <DataAge />
        <p>
          <a href={href(['privacy'])}>{t('nav.privacy')}</a>
          <a href={href(['about'])}>{t('nav.about')}</a>
        </p>
      </footer>
    </section>
  );
}
