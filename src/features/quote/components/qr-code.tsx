/** A QR code as SVG, drawn locally once the library is here (it is loaded on demand). */
import { useEffect, useMemo, useState } from 'react';
import { loadQr, qrLibrary, qrMatrix } from '../qr.ts';

/** Modules of white around the code (the standard's quiet zone). */
const QUIET = 4;

export function QrCode({ text, label }: { text: string; label: string }) {
  const [lib, setLib] = useState(qrLibrary);
  useEffect(() => {
    // The library is a function: set as the state itself, not called as an updater.
    if (!lib)
      void loadQr().then(
        (f) => setLib(() => f),
        () => undefined,
      );
  }, [lib]);
  const matrix = useMemo(() => (lib ? qrMatrix(lib, text) : undefined), [lib, text]);
  if (!matrix) return null;
  const side = matrix.size + 2 * QUIET;
  return (
    <svg
      className="quote__qr"
      data-testid="quote-qr"
      data-modules={matrix.size}
      viewBox={`${-QUIET} ${-QUIET} ${side} ${side}`}
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
      xmlns="http://www.w3.org/2000/svg"
    >
      <rect x={-QUIET} y={-QUIET} width={side} height={side} fill="#fff" />
      <path d={matrix.path} fill="#000" />
    </svg>
  );
}
