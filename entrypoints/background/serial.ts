/**
 * Runs async tasks one after another. Every handler reads state, decides and writes it back; two
 * events arriving together (an alarm and an idle change on wake-up) must not interleave their
 * read-modify-write cycles.
 */
export function createSerialQueue() {
  let tail: Promise<unknown> = Promise.resolve();
  return function serial<T>(task: () => Promise<T>): Promise<T> {
    const run = tail.then(task, task);
    tail = run.catch((error: unknown) => console.error('Backstride background task failed:', error));
    return run;
  };
}
