/**
 * QR codes with qrcode-generator (no dependencies, typed, maintained since 2009), loaded on demand: it
 * is not part of the first visit. Drawn as one SVG path, locally: no network, no inline style.
 */
type QrFactory = typeof import('qrcode-generator');

let factory: QrFactory | undefined;
let loading: Promise<QrFactory> | undefined;

/** The library, once loaded (undefined before). */
export function qrLibrary(): QrFactory | undefined {
  return factory;
}

/** Loads the library (once). */
export function loadQr(): Promise<QrFactory> {
  if (!loading) {
    // An ES module whose default export is the factory (the typings describe the CommonJS build).
    const p = import('qrcode-generator').then((m) => (factory = (m as unknown as { default: QrFactory }).default));
    p.catch(() => (loading = undefined));
    loading = p;
  }
  return loading;
}

/** Characters above which the code takes the lower error correction. */
const LONG = 300;

export interface QrMatrix {
  /** Modules per side. */
  size: number;
  /** The dark modules as an SVG path in module units. */
  path: string;
}

/**
 * The QR code of `text` (byte mode, the smallest version that holds it): error correction M for a short
 * text, L for a long one (fewer, larger modules on the printed square); undefined when even version 40
 * cannot hold it.
 */
export function qrMatrix(qr: QrFactory, text: string): QrMatrix | undefined {
  for (const level of text.length > LONG ? (['L'] as const) : (['M', 'L'] as const)) {
    // The library's own choice of version (0) can pick one too small when the length field grows (at
    // versions 10 and 27) and then throws: the versions are tried in order after it.
    for (let version = 0; version <= 40; version++) {
      try {
        const code = qr(version as Parameters<QrFactory>[0], level);
        code.addData(text, 'Byte');
        code.make();
        return matrixOf(code);
      } catch {
        // Too long for this version and level: try the next.
      }
    }
  }
  return undefined;
}

function matrixOf(code: ReturnType<QrFactory>): QrMatrix {
  const size = code.getModuleCount();
  let path = '';
  for (let r = 0; r < size; r++) {
    for (let c = 0; c < size; c++) if (code.isDark(r, c)) path += `M${c} ${r}h1v1h-1z`;
  }
  return { size, path };
}
