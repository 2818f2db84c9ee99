export * from './lib/roles';
export * from './lib/roles.guard';
export * from './lib/auth.module';
export * from './lib/actor';
