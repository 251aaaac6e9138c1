import type { MenuItemConstructorOptions } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { Menu, fake } from './fakes/electron';
import { buildMenuTemplate, installApplicationMenu, type MenuContext } from '../../../src-main/menu';
import { MENU_COMMANDS, type MenuCommand } from '../../../src-renderer/lib/platform/types';

vi.mock('electron', () => import('./fakes/electron'));

type Item = MenuItemConstructorOptions;

function context(overrides: Partial<MenuContext> = {}): MenuContext {
  return { platform: 'linux', isPackaged: true, appName: 'Close Reader', send: vi.fn(), ...overrides };
}

function submenu(template: Item[], title: string): Item[] {
  const menu = template.find((item) => item.label?.replace('&', '') === title);
  if (!menu || !Array.isArray(menu.submenu)) throw new Error(`no ${title} menu`);
  return menu.submenu;
}

function find(items: Item[], label: string): Item {
  const item = items.find((candidate) => candidate.label === label);
  if (!item) throw new Error(`no item ${label}`);
  return item;
}

function allItems(template: Item[]): Item[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? allItems(item.submenu) : [])]);
}

/** Clicks an item and returns what it sent to the renderer. */
function click(item: Item, send: ReturnType<typeof vi.fn>): MenuCommand | undefined {
  send.mockClear();
  (item.click as () => void)();
  return send.mock.calls[0]?.[0];
}

beforeEach(() => fake.reset());

describe('buildMenuTemplate on Windows and Linux', () => {
  const send = vi.fn();
  const template = buildMenuTemplate(context({ send }));

  it('has File, Edit, View and Help, with Alt mnemonics', () => {
    expect(template.map((item) => item.label ?? item.role)).toEqual(['&File', '&Edit', '&View', '&Help']);
  });

  it.each([
    ['File', 'Open Documents…', 'open-documents', 'CmdOrCtrl+O'],
    ['File', 'Import Annotations…', 'import-annotations', 'CmdOrCtrl+I'],
    ['File', 'Export…', 'export', 'CmdOrCtrl+E'],
    ['File', 'Back Up Library…', 'backup', undefined],
    ['File', 'Restore Library…', 'restore', undefined],
    ['File', 'Settings…', 'settings', 'CmdOrCtrl+,'],
    ['Edit', 'Undo', 'undo', 'CmdOrCtrl+Z'],
    ['Edit', 'Redo', 'redo', 'CmdOrCtrl+Shift+Z'],
    ['Edit', 'Find in Document', 'find', 'CmdOrCtrl+F'],
    ['View', 'Larger Text', 'font-larger', 'CmdOrCtrl+='],
    ['View', 'Smaller Text', 'font-smaller', 'CmdOrCtrl+-'],
    ['View', 'Actual Size', 'font-reset', 'CmdOrCtrl+0'],
    ['View', 'Toggle Sidebar', 'toggle-sidebar', 'CmdOrCtrl+\\'],
    ['Help', 'Keyboard Shortcuts', 'shortcuts', 'CmdOrCtrl+/'],
    ['Help', 'About Close Reader', 'about', undefined],
  ])('%s › %s sends %s (%s)', (menu, label, command, accelerator) => {
    const item = find(submenu(template, menu), label);
    expect(item.accelerator).toBe(accelerator);
    expect(click(item, send)).toBe(command);
  });

  it('leaves clipboard, full screen and quit to Electron roles', () => {
    expect(submenu(template, 'Edit').map((item) => item.role).filter(Boolean)).toEqual(['cut', 'copy', 'paste', 'selectAll']);
    expect(submenu(template, 'View').some((item) => item.role === 'togglefullscreen')).toBe(true);
    expect(submenu(template, 'File').at(-1)?.role).toBe('quit');
  });

  it('has no DevTools item in a packaged app', () => {
    expect(allItems(template).some((item) => item.role === 'toggleDevTools')).toBe(false);
  });

  it('offers DevTools in development', () => {
    const dev = buildMenuTemplate(context({ isPackaged: false }));
    expect(submenu(dev, 'View').some((item) => item.role === 'toggleDevTools')).toBe(true);
  });

  it('never binds the DevTools shortcut Ctrl+Shift+I, nor any shortcut twice', () => {
    const accelerators = allItems(buildMenuTemplate(context({ isPackaged: false })))
      .map((item) => item.accelerator)
      .filter(Boolean);
    expect(accelerators).not.toContain('CmdOrCtrl+Shift+I');
    expect(new Set(accelerators).size).toBe(accelerators.length);
  });
});

describe('buildMenuTemplate on macOS', () => {
  const send = vi.fn();
  const template = buildMenuTemplate(context({ platform: 'darwin', send }));

  it('starts with the app menu and has a Window menu, without mnemonics', () => {
    expect(template.map((item) => item.label ?? item.role)).toEqual(['Close Reader', 'File', 'Edit', 'View', 'windowMenu', 'Help']);
  });

  it('puts About, Settings… and Quit in the app menu', () => {
    const appMenu = submenu(template, 'Close Reader');
    expect(click(find(appMenu, 'About Close Reader'), send)).toBe('about');
    expect(click(find(appMenu, 'Settings…'), send)).toBe('settings');
    expect(appMenu.map((item) => item.role).filter(Boolean)).toEqual(['services', 'hide', 'hideOthers', 'unhide', 'quit']);
    expect(submenu(template, 'File').some((item) => item.role === 'quit')).toBe(false);
    expect(submenu(template, 'Help').some((item) => item.label === 'About Close Reader')).toBe(false);
  });
});

it.each(['linux', 'darwin', 'win32'] as const)('reaches every menu command on %s', (platform) => {
  const send = vi.fn();
  const sent = allItems(buildMenuTemplate(context({ platform, send })))
    .filter((item) => typeof item.click === 'function')
    .map((item) => click(item, send));
  expect(new Set(sent)).toEqual(new Set(MENU_COMMANDS));
});

it('installs the built menu as the application menu', () => {
  const send = vi.fn();
  installApplicationMenu(context({ send }));
  const template = Menu.buildFromTemplate.mock.calls[0]?.[0] as Item[];
  expect(template.map((item) => item.label)).toEqual(['&File', '&Edit', '&View', '&Help']);
  expect(Menu.setApplicationMenu).toHaveBeenCalledWith({ template });
});
