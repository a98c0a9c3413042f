/** History: the model, reading it, totals, compaction and merging (all pure). */
export * from './model';
export { parseHistory, walkProblem } from './parse';
export { totalsByDay, walkCount, dailyWalkMinutes, dailyPostureChecks, currentStreak } from './totals';
export { compactHistory } from './compact';
export { mergeHistory } from './merge';
