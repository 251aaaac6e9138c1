/**
 * What the renderer has natively and Node lacks: a DOMParser (jsdom 29, the one
 * TOOLCHAIN.md found to behave like Chromium) and pdf.js (the legacy build).
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import type { DomParserLike, ImportOptions, PdfJsModule } from '../../../../src-renderer/lib/importers';

// pdf.js 6.3+ calls Promise.withResolvers, which Node 20 lacks.
if (!Promise.withResolvers) {
  Object.defineProperty(Promise, 'withResolvers', {
    configurable: true,
    writable: true,
    value: function withResolvers<T>() {
      let resolve!: (value: T | PromiseLike<T>) => void;
      let reject!: (reason?: unknown) => void;
      const promise = new Promise<T>((res, rej) => {
        resolve = res;
        reject = rej;
      });
      return { promise, resolve, reject };
    },
  });
}

const requireCjs = createRequire(import.meta.url);

// jsdom ships no types; this is the one constructor used.
type JsdomModule = { JSDOM: new (html: string) => { window: { DOMParser: new () => DomParserLike } } };
const { JSDOM } = requireCjs('jsdom') as JsdomModule;

export const domParser: DomParserLike = new new JSDOM('').window.DOMParser();

// Imported by absolute URL: tsx runs this file as CommonJS from a data: URL, where bare specifiers do not resolve.
const legacyBuild = pathToFileURL(requireCjs.resolve('pdfjs-dist/legacy/build/pdf.mjs')).href;

export const loadNodePdfJs = async (): Promise<PdfJsModule> =>
  (await import(/* @vite-ignore */ legacyBuild)) as PdfJsModule;

/** Options for importDocument in Node. */
export const nodeOptions: ImportOptions = {
  domParser,
  pdfjs: loadNodePdfJs,
  pdfStandardFontDataUrl: requireCjs.resolve('pdfjs-dist/package.json').replace(/package\.json$/u, 'standard_fonts/'),
};
