/**
 * Runs async tasks one after another. Every handler reads state, decides and writes it back; two
 * events arriving together (an alarm and an idle change on wake-up) must not interleave their
 * read-modify-write cycles. Each task is bounded: a browser call that never answers must not stall
 * every later event, so after `timeoutMs` the queue moves on and says which task it gave up on.
 */
export function createSerialQueue(timeoutMs = 15_000, log: (...args: unknown[]) => void = console.error) {
  let tail: Promise<unknown> = Promise.resolve();
  function serial<T>(name: string, task: () => Promise<T>): Promise<T> {
    const run = tail.then(() => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`Backstride: gave up waiting for "${name}" after ${timeoutMs} ms`)),
          timeoutMs,
        );
      });
      return Promise.race([task(), timeout]).finally(() => clearTimeout(timer));
    });
    tail = run.catch((error: unknown) => log(`Backstride background task "${name}" failed:`, error));
    return run;
  }
  /** Resolves when every task queued so far has run (for tests and for callers that must wait). */
  serial.settled = (): Promise<void> => tail.then(() => undefined);
  return serial;
}

export type Serial = ReturnType<typeof createSerialQueue>;
