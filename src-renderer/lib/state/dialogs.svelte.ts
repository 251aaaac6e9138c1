/** Promise-based confirm and prompt dialogs, rendered by components/common/DialogHost. */

export interface ConfirmRequest {
  kind: 'confirm';
  title: string;
  message: string;
  confirmLabel: string;
  danger?: boolean;
}

export interface PromptRequest {
  kind: 'prompt';
  title: string;
  message: string;
  /** Accessible name of the text field. */
  field: string;
  value: string;
  confirmLabel: string;
  placeholder?: string;
}

export interface ChoiceRequest {
  kind: 'choice';
  title: string;
  message: string;
  choices: { id: string; label: string; danger?: boolean }[];
}

type Request = ConfirmRequest | PromptRequest | ChoiceRequest;

class Dialogs {
  current = $state<(Request & { resolve: (value: string | null) => void }) | null>(null);

  #open(request: Request): Promise<string | null> {
    this.current?.resolve(null);
    return new Promise((resolve) => {
      this.current = {
        ...request,
        resolve: (value) => {
          this.current = null;
          resolve(value);
        },
      };
    });
  }

  async confirm(request: Omit<ConfirmRequest, 'kind'>): Promise<boolean> {
    return (await this.#open({ kind: 'confirm', ...request })) === 'ok';
  }

  prompt(request: Omit<PromptRequest, 'kind'>): Promise<string | null> {
    return this.#open({ kind: 'prompt', ...request });
  }

  /** Resolves with the chosen id, or null when cancelled. */
  choose(request: Omit<ChoiceRequest, 'kind'>): Promise<string | null> {
    return this.#open({ kind: 'choice', ...request });
  }
}

export const dialogs = new Dialogs();
