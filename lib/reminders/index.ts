/** The reminder engine's public API. Everything here is pure; the background wires it to the browser. */
export * from './types';
export { initialReminderState, parseReminderState } from './state';
export { step } from './step';
export {
  desiredAlarms,
  alarmChanges,
  OWNED_ALARMS,
  type AlarmChanges,
  type AlarmPlan,
  type ArmedAlarm,
} from './alarms';
export { badgeView, BADGE_COLOR, type BadgeView } from './badge';
export { decide, type BackgroundEvent, type Decision, type DecideInput, type WalkEvent } from './decide';
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
