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

  it('accepts a history written before daily totals existed (v1)', () => {
    const b = validBackup();
    b.history = { version: 1, walks: b.history.walks, postureChecks: [] };
    expect(parseBackup(JSON.stringify(b), NOW).ok).toBe(true);
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
