export * from './enums.js';
export * from './limits.js';
export * from './meeting-rules.js';
export * from './messages.js';
export * from './input-schemas.js';
export * from './files.js';
