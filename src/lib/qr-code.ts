/**
 * QR codes of the site's addresses, as SVG, for printed checklists. Drawn by `qrcode` (a maintained encoder: QR's
 * error correction and masking are not this site's job) at build time, so no script runs and nothing is fetched.
 */
import QRCode from 'qrcode';
import { memoize } from './memo';

/**
 * The QR code of a full address (https://…/parents/sextortion/) as an SVG element. Each is drawn once: a school's
 * pack prints every checklist again, each with its code.
 */
export const qrCodeSvg = memoize((url: string): Promise<string> => {
  // One segment in byte mode, which the encoder would choose for a lower-case address anyway: given the segment,
  // it need not search every way of splitting the text.
  const segment = { data: new TextEncoder().encode(url), mode: 'byte' } as const;
  // Level M survives a crease or a smudge; the 2-module quiet zone plus the paper around it is enough to scan.
  return QRCode.toString([segment], { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
});
