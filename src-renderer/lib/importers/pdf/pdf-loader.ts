/**
 * The renderer's pdf.js: the browser build, parsing in a same-origin module
 * worker (passes `script-src 'self'` and `worker-src 'self'`). The only file
 * that sets the worker; Node callers pass the legacy build instead.
 */
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import type { PdfJsModule } from '../core/types';

let loaded: Promise<PdfJsModule> | undefined;

export function loadPdfJs(): Promise<PdfJsModule> {
  loaded ??= import('pdfjs-dist').then((pdfjs) => {
    pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
    return pdfjs;
  });
  return loaded;
}
