import qrcode from 'qrcode-generator';
import { useMemo } from 'react';

/** The dark modules of a QR code for `text` as one SVG path: crisp at any size and in print. */
function qrPath(text: string): { size: number; path: string } {
  const qr = qrcode(0, 'M');
  qr.addData(text);
  qr.make();
  const size = qr.getModuleCount();
  let path = '';
  for (let row = 0; row < size; row += 1) {
    for (let column = 0; column < size; column += 1) {
      if (qr.isDark(row, column)) path += `M${column} ${row}h1v1h-1z`;
    }
  }
  return { size, path };
}

/** A QR code a citizen can scan from the staff member's screen or from a printout. */
export function QrCode({ text, label, pixels = 160 }: { text: string; label: string; pixels?: number }) {
  const { size, path } = useMemo(() => qrPath(text), [text]);
  const quietZone = 4;
  const box = size + quietZone * 2;
  return (
    <svg
      className="qr-code"
      role="img"
      aria-label={label}
      width={pixels}
      height={pixels}
      viewBox={`${-quietZone} ${-quietZone} ${box} ${box}`}
      shapeRendering="crispEdges"
    >
      <rect x={-quietZone} y={-quietZone} width={box} height={box} fill="#ffffff" />
      <path d={path} fill="#000000" />
    </svg>
  );
}
