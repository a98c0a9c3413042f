/**
 * The few settings the popup shows, read from an untrusted stored value with the same per-field rules
 * as parseSettings() (a bad field falls back to its default), without the rest of the settings code:
 * the popup opens on every click.
 */
import { DEFAULT_SETTINGS, inRange, LIMITS } from './model';

export interface GlanceSettings {
  posture: { enabled: boolean };
  walk: { enabled: boolean; lengthMin: number };
}

const field = (raw: unknown, key: string): unknown =>
  typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>)[key] : undefined;
const bool = (value: unknown, fallback: boolean) => (typeof value === 'boolean' ? value : fallback);

export function readGlanceSettings(raw: unknown): GlanceSettings {
  const posture = field(raw, 'posture');
  const walk = field(raw, 'walk');
  const length = field(walk, 'lengthMin');
  return {
    posture: { enabled: bool(field(posture, 'enabled'), DEFAULT_SETTINGS.posture.enabled) },
    walk: {
      enabled: bool(field(walk, 'enabled'), DEFAULT_SETTINGS.walk.enabled),
      lengthMin: inRange(length, LIMITS.walkLengthMin) ? length : DEFAULT_SETTINGS.walk.lengthMin,
    },
  };
}
