import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const CHROME_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/google-chrome', '/usr/bin/chromium-browser'];

function onPath(name: string): string | undefined {
  try {
    return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

/**
 * Finds the Chrome/Chromium binary the end-to-end tests drive. Never downloads one: when none is
 * found the tests fail with instructions instead of skipping silently.
 */
export function findChrome(): string {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROME_PATH points to ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  const found =
    CHROME_CANDIDATES.find((p) => existsSync(p)) ??
    onPath('chromium') ??
    onPath('google-chrome') ??
    onPath('chromium-browser');
  if (found) return found;
  throw new Error(
    'No Chrome or Chromium found for the end-to-end tests. Install one (Debian: `apt-get install chromium`) ' +
      'or point the tests at it: CHROME_PATH=/path/to/chrome npm test',
  );
}
