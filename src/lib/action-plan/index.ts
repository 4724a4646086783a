export * from './check-plan-rules';
export * from '../dates';
export * from './flags';
export * from './parse-period';
export * from './parse-plan';
export * from './plan-status';
export * from './resolve-schedule';
export * from './schema';
