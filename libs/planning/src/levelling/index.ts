export * from './rcpsp.types';
export * from './rcpsp-input-error';
export * from './solve-rcpsp';
export * from './check-schedule';
export * from './explain-overload';
export * from './explain-lateness';
export * from './diff-schedules';
export * from './unconstrained-schedule';
export { compileProblem, recompileValues, refreshCompiledValues, type CompiledProblem } from './compile-problem';
