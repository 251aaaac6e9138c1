/** App-wide commands: the keyboard shortcuts that work everywhere and the Electron menu. */
import type { MenuCommand } from '../platform/types';
import { isTextEntry } from './keys';
import { router } from './router.svelte';
import { settings } from './settings.svelte';
import { ui } from './ui.svelte';
import { find } from './find.svelte';
import { redo, undo } from './annotation-actions';
import { exchange } from './exchange.svelte';

export function handleMenuCommand(command: MenuCommand): void {
  switch (command) {
    case 'open-documents':
      void ui.openDocuments();
      break;
    case 'import-annotations':
    case 'restore':
      ui.annotationImportOpen = true;
      break;
    case 'export':
      ui.exportOpen = true;
      break;
    case 'backup':
      // A backup is the whole library as a Close Reader set, deletions included.
      exchange.preset = { scope: 'library', format: 'close-reader-set' };
      ui.exportOpen = true;
      break;
    case 'undo':
    case 'redo':
      // In a text field the menu's Undo belongs to the field.
      if (isTextEntry(document.activeElement)) document.execCommand(command);
      else void (command === 'undo' ? undo() : redo());
      break;
    case 'find':
      if (router.route.view === 'reader') find.show();
      else ui.focusLibrarySearch?.();
      break;
    case 'toggle-sidebar':
      void settings.set('sidebar', !settings.values.sidebar);
      break;
    case 'font-larger':
      void settings.changeFontSize(1);
      break;
    case 'font-smaller':
      void settings.changeFontSize(-1);
      break;
    case 'font-reset':
      void settings.changeFontSize('reset');
      break;
    case 'settings':
      ui.settingsOpen = true;
      break;
    case 'shortcuts':
      ui.shortcutsOpen = true;
      break;
    case 'about':
      ui.aboutOpen = true;
      break;
  }
}

export function handleGlobalKey(e: KeyboardEvent): void {
  if (e.defaultPrevented) return;
  const mod = e.ctrlKey || e.metaKey;
  const key = e.key.toLowerCase();
  if (mod && key === 'k') {
    e.preventDefault();
    if (router.route.view !== 'library') router.library();
    queueMicrotask(() => setTimeout(() => ui.focusLibrarySearch?.(), 0));
    return;
  }
  if (mod && e.key === '\\') {
    e.preventDefault();
    handleMenuCommand('toggle-sidebar');
    return;
  }
  if (mod && key === 'o') {
    e.preventDefault();
    handleMenuCommand('open-documents');
    return;
  }
  if (mod && key === 'e') {
    e.preventDefault();
    handleMenuCommand('export');
    return;
  }
  if (isTextEntry(e.target)) return;
  if (mod && (key === 'z' || key === 'y')) {
    e.preventDefault();
    if (key === 'y' || e.shiftKey) void redo();
    else void undo();
    return;
  }
  if (!mod && e.key === '?') {
    e.preventDefault();
    ui.shortcutsOpen = true;
  }
}

