import { RcpspInputError } from './rcpsp-input-error';
import { RcpspResult } from './rcpsp.types';

export interface ScheduleMove {
  activity: number;
  /** -1 when the activity was unschedulable before. */
  fromStart: number;
  toStart: number;
  fromMode: number;
  toMode: number;
}

/** The activities whose start or mode differs between two schedules of the same problem, in activity order. */
export function diffSchedules(
  before: Pick<RcpspResult, 'starts' | 'modes'>,
  after: Pick<RcpspResult, 'starts' | 'modes'>,
): ScheduleMove[] {
  if (
    before.starts.length !== after.starts.length ||
    before.modes.length !== before.starts.length ||
    after.modes.length !== after.starts.length
  ) {
    throw new RcpspInputError(
      'after.starts',
      `schedules of different problems cannot be compared (${before.starts.length} against ${after.starts.length} activities)`,
    );
  }
  const moves: ScheduleMove[] = [];
  for (let j = 0; j < before.starts.length; j++) {
    if (before.starts[j] !== after.starts[j] || before.modes[j] !== after.modes[j]) {
      moves.push({
        activity: j,
        fromStart: before.starts[j],
        toStart: after.starts[j],
        fromMode: before.modes[j],
        toMode: after.modes[j],
      });
    }
  }
  return moves;
}
