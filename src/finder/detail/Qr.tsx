import { useState } from 'preact/hooks';
import { t } from '../../i18n';
import type { QrShape } from './qr';

/** The QR code of the entry's link, drawn on tap; the generator is fetched only then. */
export function Qr({ link }: { link: string }) {
  const [open, setOpen] = useState(false);
  const [shape, setShape] = useState<QrShape | 'failed' | undefined>();
  const toggle = async () => {
    const next = !open;
    setOpen(next);
    if (!next || shape) return;
    try {
      const { qrShape } = await import('./qr');
      setShape(qrShape(link));
    } catch {
      setShape('failed');
    }
  };
  return (
    <div class="detail-qr">
      <button type="button" class="button button-secondary" aria-expanded={open} onClick={() => void toggle()}>
        {t('detail:qr.button')}
      </button>
      {open && shape === 'failed' && <p class="notice notice-warning">{t('lazyFailed')}</p>}
      {open && shape && shape !== 'failed' && (
        <figure class="detail-qr-figure">
          <svg
            role="img"
            aria-label={t('detail:qr.label')}
            viewBox={`0 0 ${shape.size} ${shape.size}`}
            width="240"
            height="240"
            shape-rendering="crispEdges"
            data-testid="qr-code"
          >
            {/* Dark on white in every colour scheme: scanners need it. */}
            <rect width={shape.size} height={shape.size} fill="#ffffff" />
            {shape.rows.map((d, i) => (
              <path key={i} d={d} fill="#000000" />
            ))}
          </svg>
          <figcaption>{t('detail:qr.hint')}</figcaption>
        </figure>
      )}
    </div>
  );
}
