/**
 * Walking and posture history, kept in storage.local. Pure: no browser calls.
 * (Compaction, daily totals and streaks are added by the options-page work.)
 */

export interface WalkEntry {
  startedAt: number;
  endedAt: number;
  plannedMin: number;
  /** Minutes actually walked (pauses excluded), one decimal. */
  actualMin: number;
  /** True when the timer ran out; false when the user finished early. */
  finished: boolean;
}

export interface History {
  version: 1;
  walks: WalkEntry[];
  /** Times (epoch ms) the user answered a posture check with "Done". */
  postureChecks: number[];
}

export function emptyHistory(): History {
  return { version: 1, walks: [], postureChecks: [] };
}

export function addWalk(history: History, walk: WalkEntry): History {
  return { ...history, walks: [...history.walks, walk] };
}

export function addPostureCheck(history: History, at: number): History {
  return { ...history, postureChecks: [...history.postureChecks, at] };
}
