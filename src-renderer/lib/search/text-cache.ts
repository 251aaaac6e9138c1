/**
 * The most recently used document texts, up to a budget of UTF-16 units, in front of the
 * TextSource: typing a query searches the same documents keystroke after keystroke.
 */
import type { TextSource } from './types';

export class TextCache {
  /** Map order is use order: the first entry is the least recently used. */
  private readonly texts = new Map<string, string>();
  private size = 0;

  constructor(
    private readonly source: TextSource,
    private readonly budget: number,
  ) {}

  put(id: string, text: string): void {
    this.delete(id);
    if (text.length > this.budget) return;
    this.texts.set(id, text);
    this.size += text.length;
    for (const [old, t] of this.texts) {
      if (this.size <= this.budget) break;
      this.texts.delete(old);
      this.size -= t.length;
    }
  }

  delete(id: string): void {
    const text = this.texts.get(id);
    if (text === undefined) return;
    this.texts.delete(id);
    this.size -= text.length;
  }

  clear(): void {
    this.texts.clear();
    this.size = 0;
  }

  /** The texts of these documents; a document the source no longer has is left out. */
  async get(ids: Iterable<string>): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    const missing: string[] = [];
    for (const id of new Set(ids)) {
      const text = this.texts.get(id);
      if (text === undefined) missing.push(id);
      else out.set(id, text);
    }
    for (const [id, text] of out) this.put(id, text);
    if (missing.length) {
      for (const [id, text] of await this.source.getTexts(missing)) {
        out.set(id, text);
        this.put(id, text);
      }
    }
    return out;
  }
}
