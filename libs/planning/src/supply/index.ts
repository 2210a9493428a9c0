export * from './staff-member';
export * from './staff-hours';
export * from './supply-model';
export * from './staff-turnover';
