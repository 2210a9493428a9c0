export * from './capacity-advice';
