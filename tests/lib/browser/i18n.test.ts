import { describe, expect, it } from 'vitest';
import messages from '@/assets/public/_locales/en/messages.json';
import { t } from '@/lib/browser/i18n';

// Every source file that can show UI text, read as plain text so no call site can escape the check.
const sources = import.meta.glob(['/entrypoints/**/*.{ts,tsx}', '/components/**/*.{ts,tsx}', '/lib/**/*.{ts,tsx}'], {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

const usedKeys = Object.entries(sources).flatMap(([file, text]) =>
  [...text.matchAll(/\bt\(\s*['"`]([A-Za-z0-9_]+)['"`]/g)].map((m) => [m[1]!, file] as const),
);

describe('locale messages', () => {
  it('are found in the source files', () => {
    expect(Object.keys(sources).length).toBeGreaterThan(3);
    expect(usedKeys.length).toBeGreaterThan(0);
  });

  it.each(usedKeys)('has the key "%s" used in %s', (key) => {
    expect(messages).toHaveProperty(key);
  });

  it('gives every message text and a description for translators', () => {
    for (const [key, entry] of Object.entries(messages)) {
      expect(entry.message, key).not.toBe('');
      expect(entry.description, key).toBeTruthy();
    }
  });

  it('are what t() returns', () => {
    expect(t('quickAnswersHeading')).toBe('Quick answers');
  });
});
