/** The reminder engine's public API. Everything here is pure; the background wires it to the browser. */
export * from './types';
export { initialReminderState, parseReminderState } from './state';
export { step, REMINDER_ALARMS } from './step';
export { desiredAlarms, alarmChanges, type AlarmChanges } from './alarms';
export { reminderStatus, type ReminderStatus } from './status';
export {
  isInWindow,
  nextWindowStart,
  windowEndAfter,
  currentWindowStart,
  scheduleCanOpen,
  windowOn,
  type WindowInterval,
} from './schedule-window';
export {
  ALARM_TOLERANCE_MS,
  FOLD_WINDOW_MS,
  FULLSCREEN_RECHECK_MS,
  LATE_AFTER_MS,
  countdownFrom,
  restartDue,
} from './due';
