import { resolve } from 'node:path';
import ViteConfigGenerator from '@electron-forge/plugin-vite/dist/ViteConfig';
import { build, mergeConfig, type InlineConfig } from 'vite';
import { viteBuild } from '../../../../forge.config';

export const projectDir = resolve(import.meta.dirname, '../../../..');

/**
 * Builds with the configurations Forge's Vite plugin generates for `electron-forge package`
 * (production mode), optionally into another folder than .vite/. Main and preload need no
 * Electron binary; the renderer is included when asked.
 */
export async function forgeViteBuild(options: { outDir?: string; renderer?: boolean } = {}): Promise<void> {
  const generator = new ViteConfigGenerator(viteBuild, projectDir, true);
  const configs: InlineConfig[] = [
    ...(await generator.getBuildConfigs()),
    ...(options.renderer ? await generator.getRendererConfig() : []),
  ];
  for (const config of configs) {
    const overrides: InlineConfig = {
      configFile: false,
      logLevel: 'warn',
      ...(options.outDir ? { build: { outDir: options.outDir } } : {}),
    };
    await build(mergeConfig(config, overrides));
  }
}
