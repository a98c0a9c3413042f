import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// End-to-end tests drive real browsers from Node against the built extension in .output/.
// SCREENSHOTS=1 runs the README's screenshot script instead (npm run screenshots), SCREENSHOTS=docs the
// one of every screen in both browsers (npm run screenshots:docs); neither is a test.
const SHOTS = process.env.SCREENSHOTS === 'docs' ? 'tests/e2e/screens.shots.ts' : 'tests/e2e/screenshots.shots.ts';
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'node',
    include: process.env.SCREENSHOTS ? [SHOTS] : ['tests/e2e/**/*.e2e.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One browser at a time: the machine has two cores and the tests share nothing but the CPU.
    fileParallelism: false,
  },
});
