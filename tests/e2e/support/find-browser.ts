import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

function onPath(name: string): string | undefined {
  try {
    return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

/**
 * Finds a browser binary for the end-to-end tests: the environment variable first, then the usual
 * places. Never downloads one: when none is found the tests fail with instructions, never skip.
 */
function find(envVar: string, candidates: string[], install: string): string {
  const fromEnv = process.env[envVar];
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`${envVar} points to ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  const found = candidates.find((p) => p.startsWith('/') && existsSync(p)) ?? candidates.map(onPath).find(Boolean);
  if (found) return found;
  throw new Error(
    `No browser found for the end-to-end tests (looked for ${candidates.join(', ')}). ` +
      `Install one (${install}) or point the tests at it: ${envVar}=/path/to/binary npm test`,
  );
}

export const findChrome = () =>
  find(
    'CHROME_PATH',
    [
      '/usr/bin/chromium',
      '/usr/bin/google-chrome',
      '/usr/bin/chromium-browser',
      'chromium',
      'google-chrome',
      'chromium-browser',
    ],
    'Debian: apt-get install chromium',
  );

export const findFirefox = () =>
  find(
    'FIREFOX_PATH',
    ['/usr/bin/firefox-esr', '/usr/bin/firefox', 'firefox-esr', 'firefox'],
    'Debian: apt-get install firefox-esr',
  );
