import { t } from '../i18n';
import { Icon } from '../ui/icons';
import { href } from './router';

const ITEMS = [
  { key: '', icon: 'home', label: 'nav.home' },
  { key: 'list', icon: 'search', label: 'nav.search' },
  { key: 'map', icon: 'map', label: 'nav.map' },
  { key: 'fav', icon: 'star', label: 'nav.favourites' },
  { key: 'settings', icon: 'settings', label: 'nav.settings' },
] as const;

/** The bottom navigation: five large targets, the current one marked for screen readers. */
export function NavBar({ current }: { current: string }) {
  return (
    <nav class="navbar" aria-label={t('nav.label')}>
      <ul>
        {ITEMS.map((item) => (
          <li key={item.key}>
            <a href={href(item.key ? [item.key] : [])} aria-current={current === item.key ? 'page' : undefined}>
              <Icon name={item.icon} />
              <span>{t(item.label)}</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
