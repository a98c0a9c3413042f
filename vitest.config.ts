import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';

export default defineConfig({
  plugins: [WxtVitest(), preact()],
  test: {
    environment: 'happy-dom',
    globals: true,
    include: ['tests/{lib,components,entrypoints,styles}/**/*.test.{ts,tsx}', 'tests/scripts/**/*.test.ts'],
    setupFiles: ['tests/setup.ts'],
    restoreMocks: true,
    // Property tests run a thousand cases each; on a busy two-core machine 5 s is not always enough.
    testTimeout: 30_000,
  },
});
