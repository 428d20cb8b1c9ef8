import qrFactory from 'qrcode-generator';
import { describe, expect, it } from 'vitest';
import { qrMatrix } from './qr.ts';

describe('QR codes of links', () => {
  it('holds every link length up to a version 40 code, including those where the library picks too small a version', { timeout: 30_000 }, () => {
    for (let n = 20; n <= 2900; n += 181) {
      const m = qrMatrix(qrFactory, `https://calc.example/?lang=zh&e=1.${'x'.repeat(n)}`);
      expect(m, `length ${n}`).toBeDefined();
      expect((m!.size - 21) % 4).toBe(0);
      expect(m!.path).toMatch(/^M\d+ \d+h1v1h-1z/);
    }
  });

  it('gives up on a text no QR code holds', () => {
    expect(qrMatrix(qrFactory, 'x'.repeat(4000))).toBeUndefined();
  });
});
