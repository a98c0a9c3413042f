import { readGlanceSettings } from '@/lib/settings/glance';
import { defaultSettings } from '@/lib/settings/model';
import { parseSettings } from '@/lib/settings/parse';

describe('readGlanceSettings', () => {
  it.each([
    ['valid settings', { ...defaultSettings(), walk: { enabled: false, intervalMin: 60, lengthMin: 12 } }],
    ['nothing stored', null],
    ['a string', 'garbage'],
    ['a walk length out of range', { ...defaultSettings(), walk: { enabled: true, intervalMin: 60, lengthMin: 61 } }],
    ['a text switch', { ...defaultSettings(), posture: { enabled: 'yes', intervalMin: 30 } }],
  ])('reads %s exactly as parseSettings does for the fields the popup shows', (_what, raw) => {
    const full = parseSettings(raw).settings;
    expect(readGlanceSettings(raw)).toEqual({
      posture: { enabled: full.posture.enabled },
      walk: { enabled: full.walk.enabled, lengthMin: full.walk.lengthMin },
    });
  });
});
