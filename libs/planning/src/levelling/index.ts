export * from './rcpsp.types';
export * from './rcpsp-input-error';
export * from './solve-rcpsp';
export * from './check-schedule';
