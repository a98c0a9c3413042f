import { describe, expect, it, vi } from 'vitest';
import { createSerialQueue } from '@/entrypoints/background/serial';

describe('createSerialQueue', () => {
  it('runs tasks one after another, never interleaved', async () => {
    const serial = createSerialQueue();
    const log: string[] = [];
    const task = (name: string, ms: number) => async () => {
      log.push(`${name} start`);
      await new Promise((r) => setTimeout(r, ms));
      log.push(`${name} end`);
    };
    await Promise.all([serial('a', task('a', 20)), serial('b', task('b', 1))]);
    expect(log).toEqual(['a start', 'a end', 'b start', 'b end']);
  });

  it('goes on after a task that fails, and says which one', async () => {
    const log = vi.fn();
    const serial = createSerialQueue(1000, log);
    await expect(serial('broken', async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(serial('next', async () => 'ran')).resolves.toBe('ran');
    expect(log).toHaveBeenCalledWith('Backstride background task "broken" failed:', expect.any(Error));
  });

  it('gives up on a task that never finishes, says so, and runs the next one', async () => {
    const log = vi.fn();
    const serial = createSerialQueue(50, log);
    const hung = serial('hung browser call', () => new Promise<never>(() => undefined));
    const next = serial('next', async () => 'ran');
    await expect(hung).rejects.toThrow('gave up waiting for "hung browser call" after 50 ms');
    await expect(next).resolves.toBe('ran');
    expect(log).toHaveBeenCalledOnce();
  });
});
