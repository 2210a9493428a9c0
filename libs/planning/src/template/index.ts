export * from './process-template';
export * from './instantiate-template';
export * from './default-wup-template';
export * from './default-disciplines';
