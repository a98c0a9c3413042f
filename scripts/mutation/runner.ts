/**
 * The parent side of session.ts: starts the Vitest process, sends it one run per mutant and enforces
 * the timeout by killing the process group (then starts a fresh one for the next mutant).
 */
import { fork, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

export type SessionRequest = { type: 'run'; tests: string[]; invalidate: string[] } | { type: 'close' };
export type SessionReply =
  | { type: 'ready' }
  | {
      type: 'result';
      failed: boolean;
      failure: string | null;
      tests: number;
      /** Time each test file took (ms), by absolute path. */
      durations: Record<string, number>;
      ms: number;
    }
  | { type: 'error'; message: string };

export type RunOutcome =
  | { kind: 'passed'; tests: number; ms: number; durations: Record<string, number> }
  | { kind: 'failed'; failure: string; tests: number; ms: number }
  | { kind: 'timeout'; ms: number };

const SESSION = resolve(import.meta.dirname, 'session.ts');

export class VitestSession {
  private child: ChildProcess | null = null;
  private ready: Promise<void> | null = null;
  private output: string[] = [];
  private waiter: ((reply: SessionReply | { type: 'exit'; code: number | null }) => void) | null = null;

  private readonly root: string;
  private readonly seed: number;
  private readonly verbose: boolean;

  /** `seed`: fast-check's seed for every property (fixed-seed.ts). */
  constructor(root: string, seed: number, verbose = false) {
    this.root = root;
    this.seed = seed;
    this.verbose = verbose;
  }

  private start(): Promise<void> {
    // Detached: the session and the Vitest workers it forks form one process group, killed together.
    const child = fork(SESSION, [], {
      cwd: this.root,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      env: { ...process.env, MUTATION_SEED: String(this.seed) },
    });
    this.child = child;
    const keep = (chunk: Buffer) => {
      if (this.verbose) process.stderr.write(chunk);
      this.output.push(chunk.toString());
      if (this.output.length > 50) this.output.shift();
    };
    child.stdout!.on('data', keep);
    child.stderr!.on('data', keep);
    // Only the current session may answer: a killed one's late exit must not reach the next waiter.
    child.on('message', (reply: SessionReply) => {
      if (this.child === child) this.waiter?.(reply);
    });
    child.on('exit', (code) => {
      if (this.child !== child) return;
      this.child = null;
      this.waiter?.({ type: 'exit', code });
    });
    return new Promise((resolveReady, reject) => {
      this.waiter = (reply) => {
        this.waiter = null;
        if (reply.type === 'ready') resolveReady();
        else reject(new Error(`the Vitest session did not start:\n${this.output.join('')}`));
      };
    });
  }

  /**
   * Runs `tests` (absolute paths, in this order; the run stops at the first failure) after telling
   * Vitest that the `invalidate` files changed on disk.
   */
  async run(tests: string[], invalidate: string[], timeoutMs: number): Promise<RunOutcome> {
    if (!this.child) this.ready = this.start();
    await this.ready;
    const child = this.child!;
    const started = performance.now();
    const reply = await new Promise<SessionReply | { type: 'exit'; code: number | null } | { type: 'timeout' }>(
      (done) => {
        const timer = setTimeout(() => done({ type: 'timeout' }), timeoutMs);
        this.waiter = (r) => {
          clearTimeout(timer);
          this.waiter = null;
          done(r);
        };
        child.send({ type: 'run', tests, invalidate } satisfies SessionRequest);
      },
    );
    const ms = Math.round(performance.now() - started);
    if (reply.type === 'timeout') {
      this.kill();
      return { kind: 'timeout', ms };
    }
    if (reply.type === 'exit') {
      // The mutant brought the whole session down (e.g. process.exit in a hot path): a failure.
      return { kind: 'failed', failure: `the Vitest session exited (${reply.code})`, tests: 0, ms };
    }
    if (reply.type === 'error') throw new Error(reply.message);
    if (reply.type !== 'result') throw new Error(`unexpected reply ${reply.type}`);
    return reply.failed
      ? { kind: 'failed', failure: reply.failure ?? 'failed', tests: reply.tests, ms }
      : { kind: 'passed', tests: reply.tests, ms, durations: reply.durations };
  }

  /** Kills the session's process group (the session and its Vitest workers), if running. */
  kill(): void {
    const child = this.child;
    this.child = null;
    this.waiter = null;
    if (!child?.pid) return;
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }

  async close(): Promise<void> {
    const child = this.child;
    if (!child) return;
    const exited = new Promise<void>((done) => child.once('exit', () => done()));
    child.send({ type: 'close' } satisfies SessionRequest);
    const timer = setTimeout(() => this.kill(), 5000);
    await exited;
    clearTimeout(timer);
    this.child = null;
  }
}
