export * from './programme';
export * from './programme-input-error';
export * from './programme-model';
export * from './critical-path';
export * from './weekly-demand';
export * from './unconstrained-plan';
export * from './tasks-from-template';
