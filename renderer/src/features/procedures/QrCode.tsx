import { useMemo } from 'react';
import QRCode from 'qrcode';

/**
 * A QR code drawn as SVG by React from the qrcode library's module matrix (no canvas, no data URL), with the
 * standard four-module quiet zone. Byte mode, UTF-8: Tigrinya or Arabic text stays as it is.
 */
export function QrCode({ text, size, label }: { text: string; size: number; label: string }) {
  const { path, width } = useMemo(() => {
    const { modules } = QRCode.create(text, { errorCorrectionLevel: 'L' });
    const quiet = 4;
    let d = '';
    for (let row = 0; row < modules.size; row++)
      for (let col = 0; col < modules.size; col++)
        if (modules.get(row, col)) d += `M${col + quiet},${row + quiet}h1v1h-1z`;
    return { path: d, width: modules.size + quiet * 2 };
  }, [text]);
  return (
    <svg
      className="qr-code"
      viewBox={`0 0 ${width} ${width}`}
      width={size}
      height={size}
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
      data-testid="agent-qr"
    >
      <rect width={width} height={width} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
