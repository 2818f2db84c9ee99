import { DynamicModule, Module } from '@nestjs/common';
import { MAIL_OPTIONS, MailOptions } from './mail.options';
import { OutboxController } from './outbox.controller';
import { OutboxRepository } from './outbox.repository';
import { OutboxSender } from './outbox-sender';
import { OutboxSenderJob } from './outbox-sender.job';
import { TenantMailer } from './tenant-mailer';

/**
 * Mail for every feature: a message is written to the tenant's outbox in the transaction that
 * decided to send it, and the `mail` job sends it over SMTP. Editors read the outbox.
 */
@Module({})
export class MailModule {
  static forRoot(options: MailOptions): DynamicModule {
    return {
      module: MailModule,
      global: true,
      controllers: [OutboxController],
      providers: [
        { provide: MAIL_OPTIONS, useValue: options },
        OutboxRepository,
        OutboxSender,
        OutboxSenderJob,
        TenantMailer,
      ],
      // The options too: a feature may tell people whether mail leaves at all (no SMTP: it waits in the outbox).
      exports: [MAIL_OPTIONS, OutboxRepository, OutboxSender, TenantMailer],
    };
  }
}
