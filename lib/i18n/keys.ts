import type messages from '../../assets/public/_locales/en/messages.json';

/** Every key of the English locale; using a key that is not there is a type error. */
export type MessageKey = keyof typeof messages;

/** A message to show, named by key: pure code decides what to say, the page or worker translates it. */
export interface MessageRef {
  key: MessageKey;
  args?: string[];
}
