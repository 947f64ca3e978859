export * from './enums';
export * from './limits';
