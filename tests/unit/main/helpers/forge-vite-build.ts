import { join, resolve } from 'node:path';
import ViteConfigGenerator from '@electron-forge/plugin-vite/dist/ViteConfig';
import { build, mergeConfig, type InlineConfig } from 'vite';
import { viteBuild } from '../../../../forge.config';

// __dirname rather than import.meta: Playwright loads this file as CommonJS.
export const projectDir = resolve(__dirname, '../../../..');

/**
 * Builds with the configurations Forge's Vite plugin generates for `electron-forge package`
 * (production mode): main and preload into `<viteDir>/build`, and, when asked, the renderer
 * into `<viteDir>/renderer/main_window`. `viteDir` defaults to the project's .vite/. No
 * Electron binary is needed.
 */
export async function forgeViteBuild(options: { viteDir?: string; renderer?: boolean } = {}): Promise<void> {
  const { viteDir, renderer = false } = options;
  const generator = new ViteConfigGenerator(viteBuild, projectDir, true);
  const targets = [
    ...(await generator.getBuildConfigs()).map((config) => ({ config, outDir: viteDir && join(viteDir, 'build') })),
    ...(renderer ? await generator.getRendererConfig() : []).map((config, index) => ({
      config,
      outDir: viteDir && join(viteDir, 'renderer', viteBuild.renderer[index]?.name ?? ''),
    })),
  ];
  for (const { config, outDir } of targets) {
    const overrides: InlineConfig = { configFile: false, logLevel: 'warn', ...(outDir ? { build: { outDir } } : {}) };
    await build(mergeConfig(config, overrides));
  }
}
