export * from './lib/danish-postcodes';
export * from './lib/danish-today';
