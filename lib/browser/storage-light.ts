/**
 * Reading, watching and writing single storage values without the storage library: the popup opens on
 * every click and needs only this. Keys are WXT's ("local:settings"), so both sides see the same values.
 */
import { browser } from 'wxt/browser';
import type { StorageKey } from './storage-keys';

function split(key: StorageKey): ['local' | 'sync', string] {
  const [area, name] = key.split(':') as ['local' | 'sync', string];
  return [area, name];
}

export async function readValue(key: StorageKey): Promise<unknown> {
  const [area, name] = split(key);
  return (await browser.storage[area].get(name))[name] ?? null;
}

export async function writeValue(key: StorageKey, value: unknown): Promise<void> {
  const [area, name] = split(key);
  await browser.storage[area].set({ [name]: value });
}

/** Calls `onChange` with each new value of `key`; returns the function that stops watching. */
export function watchValue(key: StorageKey, onChange: (value: unknown) => void): () => void {
  const [area, name] = split(key);
  const listener = (changes: Record<string, { newValue?: unknown }>, changedArea: string) => {
    if (changedArea === area && name in changes) onChange(changes[name]!.newValue ?? null);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
