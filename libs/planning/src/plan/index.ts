export * from './programme-problem';
export * from './task-schedule';
export * from './explain-shortfall';
export * from './explain-lateness';
export * from './diff-plans';
export * from './level-programme';
