import type { MailTransport } from './mail-transport';

export interface MailOptions {
  /** SMTP, or null: messages then wait in the outbox, readable by editors. */
  transport: MailTransport | null;
  /** The sender every tenant's mail goes out as. */
  from: string;
}

export const MAIL_OPTIONS = Symbol('MAIL_OPTIONS');
