export * from './random-stream';
export * from './forecast-input';
export * from './simulate';
export * from './merge-partials';
export * from './partial-codec';
