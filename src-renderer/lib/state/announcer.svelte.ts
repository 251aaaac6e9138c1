/**
 * Short confirmations for screen readers ("Claim added") and the visible toast that
 * mirrors them, with an optional action (Undo).
 */
export interface Toast {
  id: number;
  message: string;
  action?: { label: string; run: () => void };
  tone: 'info' | 'error';
}

class Announcer {
  /** What the polite live region reads. */
  polite = $state('');
  /** What the assertive live region reads (errors). */
  assertive = $state('');
  toasts = $state<Toast[]>([]);
  #next = 1;

  say(message: string, options: { action?: Toast['action']; toast?: boolean } = {}): void {
    // Re-announce identical messages: screen readers ignore an unchanged live region.
    this.polite = this.polite === message ? `${message}\u00a0` : message;
    if (options.toast !== false) this.#push({ message, action: options.action, tone: 'info' });
  }

  error(message: string): void {
    this.assertive = this.assertive === message ? `${message}\u00a0` : message;
    this.#push({ message, tone: 'error' });
  }

  dismiss(id: number): void {
    this.toasts = this.toasts.filter((t) => t.id !== id);
  }

  #push(toast: Omit<Toast, 'id'>): void {
    const id = this.#next++;
    this.toasts = [...this.toasts.slice(-2), { ...toast, id }];
    setTimeout(() => this.dismiss(id), toast.tone === 'error' ? 9000 : 4500);
  }
}

export const announcer = new Announcer();
