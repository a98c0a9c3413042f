import { classifyWriteError } from '../storage-error';
import { t } from './i18n';

/**
 * A refused write (or another failed browser call) in the user's words, to follow a lead-in such as
 * "Not saved:": a full store says so, that nothing saved before was lost and how to make room;
 * anything else keeps the browser's own detail, which is all there is to go on.
 */
export function writeErrorText(error: unknown): string {
  const { problem, detail } = classifyWriteError(error);
  return problem === 'full' ? t('errorStorageFull') : t('errorBrowser', detail);
}
