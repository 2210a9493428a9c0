export * from './levelling';
export * from './psplib';
export * from './template';
