/**
 * The history storage item, apart from lib/storage.ts so that only the pages that show or write
 * history (options, background) load its validation and migration code.
 */
import { storage } from 'wxt/utils/storage';
import { emptyHistory, migrateHistoryV1toV2, parseHistory, type History } from '../history/history';
import { reportInvalid } from './storage-items';
import { KEYS } from './storage-keys';

/** Walks and posture checks (lib/history.ts). Stays on this device. */
export const historyItem = /* @__PURE__ */ storage.defineItem<History>(KEYS.history, {
  fallback: emptyHistory(),
  version: 2,
  migrations: { 2: migrateHistoryV1toV2 },
});

/** The stored history with bad entries dropped (and reported); never throws. */
export async function readHistory(now: number = Date.now()): Promise<History> {
  const { history, problems } = parseHistory(await historyItem.getValue(), now);
  reportInvalid('history', problems);
  return history;
}
