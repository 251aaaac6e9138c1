import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import vm from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../../vite.shared.mts';
import * as electron from './fakes/electron';
import { forgeViteBuild } from './helpers/forge-vite-build';

// The Electron binary is not needed to build: this runs Forge's own Vite configuration for
// the main process and the preload script, into a temporary folder.
let viteDir: string;
let main: string;
let preload: string;

beforeAll(async () => {
  viteDir = mkdtempSync(join(tmpdir(), 'cr-build-'));
  await forgeViteBuild({ viteDir });
  main = readFileSync(join(viteDir, 'build', 'main.js'), 'utf8');
  preload = readFileSync(join(viteDir, 'build', 'preload.js'), 'utf8');
}, 60_000);

afterAll(() => rmSync(viteDir, { recursive: true, force: true }));

function requiredModules(code: string): string[] {
  return [...new Set([...code.matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((match) => match[1] ?? ''))].sort();
}

const COMMONJS_WRAPPER = ['(function (exports, require, module, __filename, __dirname) {', '\n})'] as const;

/** Compiles as a classic script: any ESM syntax (import, export, import.meta) is a SyntaxError. */
function isCommonJs(code: string): boolean {
  try {
    new vm.Script(COMMONJS_WRAPPER.join(code));
    return true;
  } catch {
    return false;
  }
}

describe('the main process bundle', () => {
  it('is one CommonJS file', () => {
    expect(existsSync(join(viteDir, 'build', 'main.js'))).toBe(true);
    expect(isCommonJs(main)).toBe(true);
  });

  it('requires only Electron and Node built-ins (the package holds nothing else)', () => {
    const allowed = new Set(['electron', ...builtinModules, ...builtinModules.map((name) => `node:${name}`)]);
    const required = requiredModules(main);
    expect(required).toContain('electron');
    expect(required.filter((name) => !allowed.has(name))).toEqual([]);
  });

  it('carries the CSP of vite.shared.mts, and no build-time names', () => {
    for (const directive of contentSecurityPolicy(false).split('; ')) expect(main).toContain(directive);
    expect(main).not.toContain('MAIN_WINDOW_VITE_DEV_SERVER_URL');
    expect(main).not.toContain('MAIN_WINDOW_VITE_NAME');
    expect(main).toContain('main_window');
  });

  it('leaves the Svelte compiler and Vite out', () => {
    expect(main).not.toMatch(/svelte\/compiler|vite-plugin-svelte/);
    expect(main.length).toBeLessThan(200_000);
  });
});

describe('the preload bundle', () => {
  it('is one CommonJS file that requires nothing but electron', () => {
    expect(isCommonJs(preload)).toBe(true);
    expect(requiredModules(preload)).toEqual(['electron']);
  });

  it('runs sandboxed and exposes exactly the bridge', () => {
    const required: string[] = [];
    const exposed: Record<string, unknown> = {};
    const electron = {
      contextBridge: {
        exposeInMainWorld: (key: string, api: unknown) => {
          exposed[key] = api;
        },
      },
      ipcRenderer: { invoke: async () => undefined, on: () => undefined, removeListener: () => undefined },
    };
    // What a sandboxed preload gets: a require that knows only 'electron'.
    const sandboxRequire = (name: string) => {
      required.push(name);
      if (name !== 'electron') throw new Error(`a sandboxed preload cannot require ${name}`);
      return electron;
    };
    const module = { exports: {} };
    vm.runInNewContext(preload, { require: sandboxRequire, module, exports: module.exports });
    expect(required).toEqual(['electron']);
    expect(Object.keys(exposed)).toEqual(['closeReader']);
    expect(Object.keys(exposed.closeReader as object).sort()).toEqual([
      'appVersion',
      'onMenuCommand',
      'openExternal',
      'openFiles',
      'saveFile',
    ]);
  });
});

describe('the main process bundle at run time', () => {
  it('boots against the Electron API and serves the built renderer from app:// with the CSP', async () => {
    const file = join(viteDir, 'build', 'main.js');
    mkdirSync(join(viteDir, 'renderer', 'main_window'), { recursive: true });
    writeFileSync(join(viteDir, 'renderer', 'main_window', 'index.html'), '<!doctype html><title>built</title>');
    electron.fake.reset();
    electron.app.paths.userData = viteDir;
    // Node's own CommonJS loading, with the Electron test double in place of 'electron'.
    const requireNode = createRequire(file);
    const load = vm.runInThisContext(COMMONJS_WRAPPER.join(main)) as (...args: unknown[]) => void;
    const module = { exports: {} };
    load(module.exports, (id: string) => (id === 'electron' ? electron : requireNode(id)), module, file, join(viteDir, 'build'));
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledOnce();

    await electron.app.becomeReady();
    const handler = electron.protocol.handle.mock.calls[0]?.[1] as (request: Request) => Promise<Response>;
    const response = await handler(new Request('app://close-reader/index.html'));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('<!doctype html><title>built</title>');
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy(false));

    const [window] = electron.BrowserWindow.instances;
    expect(window?.loadURL).toHaveBeenCalledWith('app://close-reader/index.html');
    expect(window?.options.webPreferences).toMatchObject({ preload: join(viteDir, 'build', 'preload.js'), sandbox: true });
    expect(electron.ipcMain.handle).toHaveBeenCalledTimes(4);
  });
});
