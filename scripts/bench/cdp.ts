/**
 * A minimal raw Chrome DevTools Protocol client over the browser's WebSocket (Node 22's global
 * WebSocket). Playwright gives no CDP session for service workers, and a persistent context has no
 * browser-level session; the browser endpoint attaches to the worker target with a flat session.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

type Params = Record<string, unknown>;

export interface Cdp {
  send<T = any>(method: string, params?: Params, sessionId?: string): Promise<T>;
  close(): void;
}

/** Chromium launched with --remote-debugging-port=0 writes the port and path to DevToolsActivePort. */
export async function browserEndpoint(profileDir: string, timeoutMs = 10_000): Promise<string> {
  const file = join(profileDir, 'DevToolsActivePort');
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (existsSync(file)) {
      const [port, path] = readFileSync(file, 'utf8').split('\n');
      if (port && path) return `ws://127.0.0.1:${port}${path}`;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`Chromium wrote no ${file}`);
}

export function connectCdp(url: string): Promise<Cdp> {
  const ws = new WebSocket(url);
  let nextId = 1;
  const pending = new Map<number, { resolve: (v: any) => void; reject: (e: Error) => void; method: string }>();
  ws.addEventListener('message', (event) => {
    const msg = JSON.parse(String(event.data));
    const waiter = msg.id !== undefined ? pending.get(msg.id) : undefined;
    if (!waiter) return;
    pending.delete(msg.id);
    if (msg.error) waiter.reject(new Error(`${waiter.method}: ${msg.error.message}`));
    else waiter.resolve(msg.result);
  });
  return new Promise((resolve, reject) => {
    ws.addEventListener('error', () => reject(new Error(`cannot connect to ${url}`)), { once: true });
    ws.addEventListener(
      'open',
      () =>
        resolve({
          send(method, params = {}, sessionId) {
            const id = nextId++;
            ws.send(JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) }));
            return new Promise((res, rej) => pending.set(id, { resolve: res, reject: rej, method }));
          },
          close: () => ws.close(),
        }),
      { once: true },
    );
  });
}
