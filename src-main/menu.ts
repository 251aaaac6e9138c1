import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../src-renderer/lib/platform/types';

export interface MenuContext {
  platform: NodeJS.Platform;
  /** DevTools only exist in development. */
  isPackaged: boolean;
  appName: string;
  /** Delivers a command to the renderer, which decides what it means in context. */
  send(command: MenuCommand): void;
}

type Item = MenuItemConstructorOptions;
const separator: Item = { type: 'separator' };

/**
 * The application menu as a plain template (testable without Electron). App commands,
 * Undo and Redo included, go to the renderer: only it knows whether a text field's own undo
 * should apply. Clipboard items use Electron's roles so they work in any focused field.
 */
export function buildMenuTemplate({ platform, isPackaged, appName, send }: MenuContext): Item[] {
  const mac = platform === 'darwin';
  const command = (label: string, name: MenuCommand, accelerator?: string): Item => ({
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => send(name),
  });
  // Alt-key mnemonics exist on Windows and Linux only.
  const title = (name: string) => (mac ? name : `&${name}`);
  const about = command(`About ${appName}`, 'about');
  const settings = command('Settings…', 'settings', 'CmdOrCtrl+,');

  const appMenu: Item = {
    label: appName,
    submenu: [
      about,
      separator,
      settings,
      separator,
      { role: 'services' },
      separator,
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      separator,
      { role: 'quit' },
    ],
  };
  const file: Item = {
    label: title('File'),
    submenu: [
      command('Open Documents…', 'open-documents', 'CmdOrCtrl+O'),
      command('Import Annotations…', 'import-annotations', 'CmdOrCtrl+I'),
      command('Export…', 'export', 'CmdOrCtrl+E'),
      separator,
      command('Back Up Library…', 'backup'),
      command('Restore Library…', 'restore'),
      ...(mac ? [] : [separator, settings, separator, { role: 'quit' } satisfies Item]),
    ],
  };
  const edit: Item = {
    label: title('Edit'),
    submenu: [
      command('Undo', 'undo', 'CmdOrCtrl+Z'),
      command('Redo', 'redo', 'CmdOrCtrl+Shift+Z'),
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
      separator,
      command('Find in Document', 'find', 'CmdOrCtrl+F'),
    ],
  };
  const view: Item = {
    label: title('View'),
    submenu: [
      command('Larger Text', 'font-larger', 'CmdOrCtrl+='),
      command('Smaller Text', 'font-smaller', 'CmdOrCtrl+-'),
      command('Actual Size', 'font-reset', 'CmdOrCtrl+0'),
      separator,
      command('Toggle Sidebar', 'toggle-sidebar', 'CmdOrCtrl+\\'),
      { role: 'togglefullscreen' },
      ...(isPackaged ? [] : [separator, { role: 'toggleDevTools' } satisfies Item]),
    ],
  };
  const help: Item = {
    label: title('Help'),
    role: 'help',
    submenu: [command('Keyboard Shortcuts', 'shortcuts', 'CmdOrCtrl+/'), ...(mac ? [] : [separator, about])],
  };
  return mac ? [appMenu, file, edit, view, { role: 'windowMenu' }, help] : [file, edit, view, help];
}

export function installApplicationMenu(context: MenuContext): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(context)));
}
