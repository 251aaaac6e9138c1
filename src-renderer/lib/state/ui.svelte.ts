/** Which panels and dialogs are open, and app-wide commands the views register. */
import { platform } from '../platform';
import { ACCEPTED_EXTENSIONS } from '../importers';
import { imports } from './imports.svelte';

class UiState {
  settingsOpen = $state(false);
  shortcutsOpen = $state(false);
  aboutOpen = $state(false);
  exportOpen = $state(false);
  annotationImportOpen = $state(false);
  findOpen = $state(false);
  /** Set while a file is dragged over the window. */
  dropping = $state(false);
  /** Registered by the library view while it is shown. */
  focusLibrarySearch: (() => void) | undefined;

  async openDocuments(): Promise<void> {
    const files = await platform().openFiles({
      title: 'Open documents',
      multiple: true,
      filters: [
        { name: 'Documents', extensions: ACCEPTED_EXTENSIONS.map((e) => e.replace(/^\./, '')) },
      ],
    });
    if (files.length) await imports.run(files);
  }
}

export const ui = new UiState();
