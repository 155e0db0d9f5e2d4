import { href } from '../app/router';
import type { Filters } from '../directory/filter';
import { perDirectory } from '../directory/per-directory';
import type { Directory, Lang } from '../directory/types';
import { t } from '../i18n';
import { Icon } from '../ui/icons';
import { listQuery } from './list-model';

// Categories that have entries, once per directory: the tiles come back with every emptied box.
const usedCategories = perDirectory((directory): ReadonlySet<string> => new Set(directory.entries.map((e) => e.category)));

/**
 * What the list shows before anything is typed or chosen: the topics as tiles (a long list of
 * every place in the data's order answers no question), and a link to all places for browsing.
 */
export function ListTopics({ directory, filters, lang }: { directory: Directory; filters: Filters; lang: Lang }) {
  // Only topics that have entries: a tile that leads to an empty list only disappoints.
  const used = usedCategories(directory);
  const link = (f: Filters, extra?: Record<string, string>) => {
    const q = listQuery('', f, 'relevance');
    for (const [k, v] of Object.entries(extra ?? {})) q.set(k, v);
    return href(['list'], q);
  };
  return (
    <nav class="list-topics" aria-labelledby="list-topics">
      <h2 id="list-topics">{t('finder:topics.title')}</h2>
      <ul class="tiles">
        {directory.region.categories
          .filter((c) => used.has(c.id))
          .map((c) => (
            <li key={c.id}>
              <a class="tile" href={link({ ...filters, category: c.id })} style={{ '--tile': c.color }}>
                <Icon name={c.icon} size={32} />
                <span>{c.label[lang] ?? c.label.de}</span>
              </a>
            </li>
          ))}
      </ul>
      <p>
        <a class="button button-secondary" href={link(filters, { all: '1' })}>
          <Icon name="search" />
          <span>{t('finder:topics.all', { count: directory.entries.length })}</span>
        </a>
      </p>
    </nav>
  );
}
