/**
 * Every stylesheet lays out by logical directions (inline start and end), never by left and right, so
 * a right-to-left page (Arabic) mirrors by itself: margin-inline, padding-inline, inset-inline,
 * border-inline, text-align: start/end, and corner radii only where both sides match.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Read from disk: Vitest hands CSS imports (even `?raw`) over empty. */
const sheets: Record<string, string> = Object.fromEntries(
  ['assets', 'components', 'entrypoints'].flatMap((dir) =>
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.css'))
      .map((file) => [join(dir, file), readFileSync(join(dir, file), 'utf8')]),
  ),
);

/** Inline `style={{ … }}` objects in components, where a physical side would slip past the sheets. */
const components = import.meta.glob(['/components/**/*.tsx', '/entrypoints/**/*.tsx'], {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

interface Declaration {
  property: string;
  value: string;
}

function declarations(css: string): Declaration[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  return [...text.matchAll(/([a-z-]+)\s*:\s*([^;{}]+);/g)].map((m) => ({ property: m[1]!, value: m[2]!.trim() }));
}

/** Whether a margin/padding/inset shorthand names a different left and right (top right bottom left). */
function sidesDiffer(value: string): boolean {
  const parts = value.split(/\s+(?![^(]*\))/);
  return parts.length === 4 && parts[1] !== parts[3];
}

/** Whether a border-radius gives the two sides different corners (mirroring would change it). */
function cornersDiffer(value: string): boolean {
  const [horizontal] = value.split('/');
  const p = horizontal!.trim().split(/\s+/);
  const [tl, tr, br, bl] = [p[0], p[1] ?? p[0], p[2] ?? p[0], p[3] ?? p[1] ?? p[0]];
  return tl !== tr || bl !== br;
}

export function physical({ property, value }: Declaration): string | null {
  if (/^(margin|padding|border|inset|scroll-margin|scroll-padding)-(left|right)(-|$)/.test(property))
    return `${property} (use the -inline-start/-end form)`;
  if (/^border-(top|bottom)-(left|right)-radius$/.test(property)) return `${property} (use border-start-end-radius…)`;
  if (property === 'left' || property === 'right') return `${property} (use inset-inline-start/end)`;
  if (/^(text-align|float|clear)$/.test(property) && /\b(left|right)\b/.test(value))
    return `${property}: ${value} (use start/end)`;
  if (/^(margin|padding|inset|scroll-margin|scroll-padding)$/.test(property) && sidesDiffer(value))
    return `${property}: ${value} (left and right differ: use the -block and -inline forms)`;
  if (property === 'border-radius' && cornersDiffer(value))
    return `${property}: ${value} (the sides' corners differ: use border-start-start-radius…)`;
  if (/translateX\(|scaleX\(|(^|\s)translate\(\s*-?[1-9]/.test(value)) return `${property}: ${value} (moves along x)`;
  if (property === 'background-position' && /\b(left|right)\b/.test(value)) return `${property}: ${value}`;
  return null;
}

describe('stylesheets use logical directions', () => {
  it('finds the stylesheets', () => {
    expect(Object.keys(sheets).length).toBeGreaterThan(5);
  });

  it.each(Object.keys(sheets))('%s has no left or right', (file) => {
    expect(declarations(sheets[file]!).map(physical).filter(Boolean)).toEqual([]);
  });

  it.each(Object.keys(components))('%s sets no left or right in inline styles', (file) => {
    const styles = [...components[file]!.matchAll(/style=\{\{([^}]*)\}\}/g)].map((m) => m[1]!);
    expect(styles.filter((s) => /\b(left|right|marginLeft|marginRight|paddingLeft|paddingRight)\s*:/.test(s))).toEqual(
      [],
    );
  });

  it('catches a physical side (the check itself)', () => {
    expect(physical({ property: 'margin-left', value: '1px' })).not.toBeNull();
    expect(physical({ property: 'padding', value: '0 1.5rem 0 0' })).not.toBeNull();
    expect(physical({ property: 'text-align', value: 'right' })).not.toBeNull();
    expect(physical({ property: 'border-radius', value: '0 8px 8px 0' })).not.toBeNull();
    expect(physical({ property: 'right', value: '0' })).not.toBeNull();
    expect(physical({ property: 'padding', value: '4px 6px 6px' })).toBeNull();
    expect(physical({ property: 'border-radius', value: '2px 2px 0 0' })).toBeNull();
    expect(physical({ property: 'text-align', value: 'start' })).toBeNull();
  });
});
