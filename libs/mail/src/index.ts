export * from './lib/mail-transport';
export * from './lib/mail.module';
export * from './lib/mail.options';
export * from './lib/outbox-sender.job';
export * from './lib/outbox-sender';
export * from './lib/outbox.controller';
export * from './lib/outbox.repository';
