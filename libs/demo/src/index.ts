export * from './lib/demo-catalogue';
export * from './lib/demo-national-offers';
export * from './lib/demo-organizations';
export * from './lib/demo-phrases';
export * from './lib/demo-random';
export * from './lib/demo-schedules';
export * from './lib/demo-seeder';
