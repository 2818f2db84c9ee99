import { createTransport } from 'nodemailer';

/** One finished e-mail, as the outbox hands it to a transport. */
export interface MailMessage {
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  /**
   * The `Message-ID` header (`<…@…>`): the same on every attempt of one outbox message, so a
   * receiving server that keeps it can drop the copy a retry after a crash sends.
   */
  messageId: string;
}

/** Where mail leaves the application; the outbox knows nothing of SMTP beyond this. */
export interface MailTransport {
  /** Resolves once the server accepted the message; rejects with the server's reason otherwise. */
  send(message: MailMessage): Promise<void>;
}

// Nodemailer's defaults (2 minutes to connect, 10 to go idle) would let one unresponsive server hold
// a message past its lease in the outbox (OUTBOX_LEASE_MS), after which another sender may take it.
const SMTP_TIMEOUT_MS = 10_000;

/**
 * A transport to the SMTP server at `smtpUrl` (`smtp://user:pass@host:587`, `smtps://…`). Options in
 * the URL's query (e.g. `?socketTimeout=30000`) win over the timeouts set here.
 */
export function smtpTransport(smtpUrl: string): MailTransport & { close(): void } {
  const transporter = createTransport({
    url: smtpUrl,
    connectionTimeout: SMTP_TIMEOUT_MS,
    greetingTimeout: SMTP_TIMEOUT_MS,
    socketTimeout: SMTP_TIMEOUT_MS,
  });
  return {
    async send(message) {
      await transporter.sendMail(message);
    },
    close: () => transporter.close(),
  };
}
