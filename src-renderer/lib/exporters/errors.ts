/** Input an exporter cannot turn into a file; the message names the item and what is wrong. */
export class ExportError extends Error {
  override name = 'ExportError';
}
