import { t } from '../i18n';
import { Icon } from '../ui/icons';
import { href } from './router';

/** Germany's emergency numbers (set by law) and what each reaches, as text keys in common.home.sos. */
const CALLS = [
  ['112', 'fire'],
  ['110', 'police'],
] as const;

/**
 * The red block at the top of home: 112 and 110 one tap away, then the other help numbers. A
 * number is offered only when the directory has it as an emergency entry, so it is sourced there:
 * `numbers` are the emergency entries' numbers (DirectorySummary), undefined while it loads.
 */
export function HomeSos({ numbers }: { numbers?: readonly string[] | undefined }) {
  const listed = new Set(numbers);
  return (
    <section class="sos" aria-labelledby="sos-title">
      <h2 id="sos-title">{t('home.sos.title')}</h2>
      <p class="sos-calls">
        {/* Until the directory is read, the same buttons keep their place unseen: nothing moves when it comes. */}
        {!numbers &&
          CALLS.map(([n, what]) => (
            <span key={n} class="sos-call sos-call-pending" aria-hidden="true">
              <Icon name="phone" />
              <span class="sos-number">{n}</span>
              <span>{t(`home.sos.${what}`)}</span>
            </span>
          ))}
        {CALLS.filter(([n]) => listed.has(n)).map(([n, what]) => (
          <a key={n} class="sos-call" href={`tel:${n}`}>
            <Icon name="phone" />
            <span class="sos-number">{n}</span>
            <span>{t(`home.sos.${what}`)}</span>
          </a>
        ))}
      </p>
      <a class="sos-more" href={href(['help'])}>
        <Icon name="siren" />
        <span>{t('home.sos.more')}</span>
      </a>
    </section>
  );
}
