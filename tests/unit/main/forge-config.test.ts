import { FuseV1Options, FuseVersion } from '@electron/fuses';
import { describe, expect, it } from 'vitest';
import config, { viteBuild } from '../../../forge.config';

describe('forge.config.ts', () => {
  it('packages into an asar archive under the app name, with an icon', () => {
    expect(config.packagerConfig).toMatchObject({
      asar: true,
      name: 'Close Reader',
      executableName: 'close-reader',
      icon: 'assets/icons/icon',
    });
  });

  it('builds main and preload, and the renderer named main_window', () => {
    expect(viteBuild).toEqual({
      build: [
        { entry: 'src-main/main.ts', config: 'vite.main.config.mts', target: 'main' },
        { entry: 'src-main/preload.ts', config: 'vite.preload.config.mts', target: 'preload' },
      ],
      renderer: [{ name: 'main_window', config: 'vite.renderer.config.mts' }],
    });
  });

  it('makes deb, zip (Linux, macOS), Squirrel (Windows) and dmg (macOS)', () => {
    const makers = (config.makers ?? []).map((maker) => {
      const { name, platforms } = maker as unknown as { name: string; platforms: string[] | null };
      return [name, platforms];
    });
    expect(makers).toEqual([
      ['deb', ['linux']],
      ['zip', ['linux', 'darwin']],
      ['squirrel', ['win32']],
      ['dmg', ['darwin']],
    ]);
  });

  it('flips the fuses: no RunAsNode, no NODE_OPTIONS, no inspector, asar only and checked', () => {
    const fuses = (config.plugins ?? []).find((plugin) => (plugin as { name?: string }).name === 'fuses') as unknown as {
      fusesConfig: Record<string | number, unknown>;
    };
    expect(fuses.fusesConfig).toEqual({
      version: FuseVersion.V1,
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableCookieEncryption]: true,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
    });
  });
});
