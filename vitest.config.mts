import { defineConfig } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';
import { define, sveltePlugin } from './vite.shared.mts';
import { chromiumPath, chromiumArgs } from './scripts/chromium.mjs';

export default defineConfig({
  plugins: [sveltePlugin()],
  define,
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
          setupFiles: ['tests/unit/setup.ts'],
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          testTimeout: 20_000,
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            provider: playwright({
              launchOptions: { executablePath: chromiumPath(), args: chromiumArgs },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
