/**
 * A QR code made on the device (no service sees the link), as plain SVG path data that Preact
 * renders as elements: no markup strings, no innerHTML. Loaded only when the user asks for it.
 */
import qrcode from 'qrcode-generator';

/** Light modules around the code; scanners need a quiet zone of four. */
export const QUIET_ZONE = 4;

/** The code as one SVG path per row of modules, in a square of `size` units (quiet zone included). */
export interface QrShape {
  readonly size: number;
  readonly rows: readonly string[];
}

/**
 * The library's byte mode keeps only the low 8 bits of each UTF-16 unit; handing it UTF-8 bytes
 * as characters makes any text (an Arabic name, say) come out right.
 */
function utf8Binary(text: string): string {
  let out = '';
  for (const byte of new TextEncoder().encode(text)) out += String.fromCharCode(byte);
  return out;
}

/** Builds the QR code of `text` (error correction M: still reads from a scratched screen). */
export function qrShape(text: string): QrShape {
  const qr = qrcode(0, 'M');
  qr.addData(utf8Binary(text), 'Byte');
  qr.make();
  const count = qr.getModuleCount();
  const rows: string[] = [];
  for (let row = 0; row < count; row++) {
    let d = '';
    let col = 0;
    while (col < count) {
      if (!qr.isDark(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < count && qr.isDark(row, col)) col++;
      d += `M${start + QUIET_ZONE} ${row + QUIET_ZONE}h${col - start}v1h${start - col}z`;
    }
    if (d) rows.push(d);
  }
  return { size: count + 2 * QUIET_ZONE, rows };
}
