/**
 * Storage keys, shared by WXT's storage items (background, options) and the popup's direct reads.
 * The popup reads a handful of values and pays no bytes for the storage library's migration code.
 */
export const KEYS = {
  settings: 'local:settings',
  syncedSettings: 'sync:settings',
  reminderState: 'local:reminderState',
  walkTimer: 'local:walkTimer',
  history: 'local:history',
  exerciseRotation: 'local:exerciseRotation',
} as const;

export type StorageKey = (typeof KEYS)[keyof typeof KEYS];
