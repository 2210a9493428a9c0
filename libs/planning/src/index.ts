export * from './calendar';
export * from './supply';
export * from './demand';
export * from './plan';
export * from './forecast';
export * from './levelling';
export * from './psplib';
export * from './template';
