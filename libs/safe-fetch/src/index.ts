export * from './lib/address-policy';
export * from './lib/host-limiter';
export * from './lib/link-checker';
export * from './lib/parked-page';
