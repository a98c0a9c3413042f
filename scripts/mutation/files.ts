/**
 * Writes mutated sources and always puts the originals back. The original bytes are kept in memory
 * and in a backup folder (printed at start, for the worst case: the process killed with SIGKILL);
 * every write goes to a temporary file first and is renamed over the target, so a source is never
 * left half written. restoreAll() runs in `finally`, on SIGINT/SIGTERM/SIGHUP and at process exit.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

export class FileGuard {
  private readonly originals = new Map<string, Buffer>();
  private readonly dirty = new Set<string>();
  /** Where copies of the originals wait until the run ends. */
  readonly backupDir: string;
  private readonly root: string;

  constructor(root: string, files: readonly string[]) {
    this.root = root;
    this.backupDir = mkdtempSync(join(tmpdir(), 'backstride-mutation-'));
    for (const file of files) {
      const abs = resolve(root, file);
      this.originals.set(file, readFileSync(abs));
      const copy = join(this.backupDir, file);
      mkdirSync(dirname(copy), { recursive: true });
      copyFileSync(abs, copy);
    }
  }

  original(file: string): string {
    const bytes = this.originals.get(file);
    if (!bytes) throw new Error(`${file} is not guarded`);
    return bytes.toString('utf8');
  }

  private replace(file: string, data: string | Buffer): void {
    const abs = resolve(this.root, file);
    const temp = `${abs}.mutation-${process.pid}.tmp`;
    writeFileSync(temp, data);
    renameSync(temp, abs);
  }

  /** Writes `text` over a guarded file. */
  write(file: string, text: string): void {
    if (!this.originals.has(file)) throw new Error(`${file} is not guarded`);
    this.dirty.add(file);
    this.replace(file, text);
  }

  /** Puts a file's original bytes back and checks that they are back. */
  restore(file: string): void {
    const original = this.originals.get(file);
    if (!original) throw new Error(`${file} is not guarded`);
    this.replace(file, original);
    if (!readFileSync(resolve(this.root, file)).equals(original)) throw new Error(`${file} could not be restored`);
    this.dirty.delete(file);
  }

  /** Restores every file written since the last restore (synchronous: safe in exit and signal handlers). */
  restoreAll(): void {
    for (const file of [...this.dirty]) this.restore(file);
  }

  /** Restores everything and removes the backup folder. */
  dispose(): void {
    this.restoreAll();
    rmSync(this.backupDir, { recursive: true, force: true });
  }
}
