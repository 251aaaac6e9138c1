import type { ForgeConfig } from '@electron-forge/shared-types';
import { MakerDeb } from '@electron-forge/maker-deb';
import { MakerDMG } from '@electron-forge/maker-dmg';
import { MakerSquirrel } from '@electron-forge/maker-squirrel';
import { MakerZIP } from '@electron-forge/maker-zip';
import { FusesPlugin } from '@electron-forge/plugin-fuses';
import { VitePlugin } from '@electron-forge/plugin-vite';
import type { VitePluginConfig } from '@electron-forge/plugin-vite/dist/Config';
import { FuseV1Options, FuseVersion } from '@electron/fuses';

/** What Forge's Vite plugin builds; the build test runs the same configuration. */
export const viteBuild: VitePluginConfig = {
  build: [
    { entry: 'src-main/main.ts', config: 'vite.main.config.mts', target: 'main' },
    { entry: 'src-main/preload.ts', config: 'vite.preload.config.mts', target: 'preload' },
  ],
  renderer: [{ name: 'main_window', config: 'vite.renderer.config.mts' }],
};

const config: ForgeConfig = {
  packagerConfig: {
    asar: true,
    name: 'Close Reader',
    executableName: 'close-reader',
    appBundleId: 'org.closereader.app',
    appCategoryType: 'public.app-category.education',
    // Without an extension: the packager picks .icns (macOS), .ico (Windows), .png (Linux).
    icon: 'assets/icons/icon',
  },
  rebuildConfig: {},
  makers: [
    new MakerDeb({
      options: {
        name: 'close-reader',
        productName: 'Close Reader',
        genericName: 'Close Reading',
        bin: 'close-reader',
        icon: 'assets/icons/icon.png',
        categories: ['Education', 'Office'],
      },
    }),
    new MakerZIP({}, ['linux', 'darwin']),
    new MakerSquirrel({ name: 'close_reader', setupIcon: 'assets/icons/icon.ico' }),
    new MakerDMG({ icon: 'assets/icons/icon.icns', format: 'ULFO' }, ['darwin']),
  ],
  plugins: [
    new VitePlugin(viteBuild),
    // Flipped in the binary at package time, before signing.
    new FusesPlugin({
      version: FuseVersion.V1,
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableCookieEncryption]: true,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
    }),
  ],
};

export default config;
