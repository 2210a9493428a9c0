export * from './parse-psplib';
export * from './psplib-format-error';
export * from './critical-path-lower-bound';
