export * from './day-number';
export * from './iso-week';
export * from './horizon';
export * from './dutch-holidays';
export * from './working-calendar';
export * from './period-axis';
