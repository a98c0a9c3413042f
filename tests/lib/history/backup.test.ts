import { describe, expect, it } from 'vitest';
import { BACKUP_FORMAT, createBackup, MAX_BACKUP_BYTES, parseBackup, serializeBackup } from '@/lib/history/backup';
import { emptyHistory } from '@/lib/history/model';
import { defaultSettings } from '@/lib/settings/model';
import { BAD_BACKUPS, validBackup } from '../../components/options/bad-backups';
import { NOW } from '../../components/options/fixtures';

describe('parseBackup', () => {
  it('reads back what serializeBackup wrote', () => {
    const backup = createBackup(defaultSettings(), emptyHistory(), NOW);
    expect(parseBackup(serializeBackup(backup), NOW)).toEqual({ ok: true, backup });
    expect(backup).toMatchObject({
      format: BACKUP_FORMAT,
      version: 2,
      exportedAt: '2025-06-15T10:00:00.000Z',
      plan: null,
    });
  });

  it('reads back a plan and check-ins', () => {
    const parsed = parseBackup(JSON.stringify(validBackup()), NOW);
    expect(parsed.ok && parsed.backup.plan).toEqual(validBackup().plan);
    expect(parsed.ok && parsed.backup.history.walks[1]!.checkIn).toEqual(validBackup().history.walks[0].checkIn);
  });

  it('migrates a version 1 file: it imports, without a plan', () => {
    const b = validBackup();
    b.version = 1;
    delete b.plan;
    const parsed = parseBackup(JSON.stringify(b), NOW);
    expect(parsed).toMatchObject({ ok: true, backup: { version: 2, plan: null } });
    expect(parsed.ok && parsed.backup.history.walks).toHaveLength(2);
  });

  it('ignores what a version 1 file says under "plan" (it had none)', () => {
    const b = validBackup();
    b.version = 1;
    b.plan = 'anything';
    expect(parseBackup(JSON.stringify(b), NOW)).toMatchObject({ ok: true, backup: { plan: null } });
  });

  it('accepts the valid fixture the bad files are made from', () => {
    const parsed = parseBackup(JSON.stringify(validBackup()), NOW);
    expect(parsed.ok).toBe(true);
  });

  it('accepts a history written before daily totals existed (v1), keeping its walks', () => {
    const b = validBackup();
    b.history = { version: 1, walks: b.history.walks, postureChecks: [] };
    const parsed = parseBackup(JSON.stringify(b), NOW);
    expect(parsed.ok && parsed.backup.history.walks.length).toBe(validBackup().history.walks.length);
  });

  it('accepts a file of exactly the largest size, and refuses one byte more', () => {
    const base = JSON.stringify(validBackup());
    const pad = (bytes: number) => `${base.slice(0, -1)},"pad":"${'x'.repeat(bytes - base.length - 9)}"}`;
    expect(new TextEncoder().encode(pad(MAX_BACKUP_BYTES)).length).toBe(MAX_BACKUP_BYTES);
    expect(parseBackup(pad(MAX_BACKUP_BYTES), NOW).ok).toBe(true);
    expect(parseBackup(pad(MAX_BACKUP_BYTES + 1), NOW)).toMatchObject({ ok: false, error: { code: 'tooLarge' } });
  });

  it.each([0, -1, 1.5, '1'])('refuses the version %j', (version) => {
    expect(parseBackup(JSON.stringify({ ...validBackup(), version }), NOW)).toMatchObject({
      ok: false,
      error: { code: 'badVersion' },
    });
  });

  it.each([
    ['16 levels deep', 16, true],
    ['17 levels deep', 17, false],
  ])('refuses a file that nests more than 16 levels, before parsing it (%s)', (_name, depth, ok) => {
    const nested = `${'['.repeat(depth - 1)}${']'.repeat(depth - 1)}`;
    const text = `{"format":"backstride-backup","version":1,"x":${nested}}`;
    const parsed = parseBackup(text, NOW);
    if (ok) expect(parsed).not.toMatchObject({ error: { code: 'tooDeep' } });
    else expect(parsed).toMatchObject({ ok: false, error: { code: 'tooDeep' } });
  });

  it('does not count brackets inside strings as nesting', () => {
    const b = validBackup();
    b.exportedAt = `${b.exportedAt}`;
    const text = JSON.stringify({ ...b, note: '['.repeat(100) + '\\"' + '{'.repeat(100) });
    expect(parseBackup(text, NOW)).not.toMatchObject({ error: { code: 'tooDeep' } });
  });

  it.each(BAD_BACKUPS)('refuses %s', (_, text, _message) => {
    const parsed = parseBackup(text(), NOW);
    expect(parsed.ok).toBe(false);
  });

  it('names the field of a bad setting', () => {
    const b = validBackup();
    b.settings.walk.intervalMin = 481;
    expect(parseBackup(JSON.stringify(b), NOW)).toEqual({
      ok: false,
      error: { code: 'badSettings', detail: 'walk.intervalMin: 481 is not valid' },
    });
  });

  it('measures the size in UTF-8 bytes', () => {
    const text = JSON.stringify({ ...validBackup(), pad: 'é'.repeat(MAX_BACKUP_BYTES / 2) });
    expect(parseBackup(text, NOW)).toMatchObject({ ok: false, error: { code: 'tooLarge' } });
  });
});
