import { createTransport } from 'nodemailer';

/** One finished e-mail, as the outbox hands it to a transport. */
export interface MailMessage {
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
}

/** Where mail leaves the application; the outbox knows nothing of SMTP beyond this. */
export interface MailTransport {
  /** Resolves once the server accepted the message; rejects with the server's reason otherwise. */
  send(message: MailMessage): Promise<void>;
}

// Nodemailer's defaults (2 minutes to connect, 10 to go idle) would hold the outbox's row locks and
// database connection for minutes behind one unresponsive server.
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
