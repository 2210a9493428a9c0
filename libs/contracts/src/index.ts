export * from './roles';
export * from './auth';
export * from './health';
export * from './problem';
export * from './page';
export * from './forecasts';
