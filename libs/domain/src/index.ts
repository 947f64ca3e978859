export * from './enums';
export * from './limits';
export * from './meeting-rules';
export * from './messages';
