/**
 * When the quote is drawn: while printing (between beforeprint and afterprint, or while the print
 * medium is emulated) and while previewed on screen; and the link it prints, made when printing starts.
 */
import { create } from 'zustand';
import type { EstimateDoc } from '../../engine/estimates/document.ts';

interface QuoteState {
  preview: boolean;
  printing: boolean;
  /** The compressed link of an estimate, once made (the QR code prefers it to the address bar's). */
  link: { doc: EstimateDoc; href: string } | undefined;
  setPreview: (on: boolean) => void;
  setPrinting: (on: boolean) => void;
  setLink: (doc: EstimateDoc, href: string) => void;
}

export const useQuoteState = create<QuoteState>()((set) => ({
  preview: false,
  printing: false,
  link: undefined,
  setPreview: (preview) => set({ preview }),
  setPrinting: (printing) => set({ printing }),
  setLink: (doc, href) => set({ link: { doc, href } }),
}));
