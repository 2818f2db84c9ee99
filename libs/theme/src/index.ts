export * from './lib/contrast';
export * from './lib/hex-color';
export * from './lib/theme-contrast';
