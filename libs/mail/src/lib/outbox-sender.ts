import { Injectable } from '@nestjs/common';
import { TenancyService, Tenant } from '@socialkompas/tenancy';
import { MailTransport } from './mail-transport';
import { OutboxRepository } from './outbox.repository';

/** What one pass over a tenant's outbox did. */
export interface OutboxSendSummary {
  sent: number;
  /** Attempts that failed this pass; the message is retried later or, after the last attempt, given up. */
  failed: number;
  held: number;
}

// Bounds how long one pass holds its transaction: at worst every message waits out the SMTP timeouts.
const MESSAGES_PER_PASS = 50;

/**
 * Sends a tenant's due outbox messages.
 *
 * Sending happens inside the transaction that claimed the rows, so they stay locked and two workers
 * never send the same message. The price: if the SMTP server accepts a message and the process dies
 * before the commit, the row is still pending and the message goes out once more. SMTP has no
 * idempotency key to prevent that; one duplicate reminder after a crash is the accepted trade-off,
 * a lost one is not.
 */
@Injectable()
export class OutboxSender {
  constructor(
    private readonly tenancy: TenancyService,
    private readonly outbox: OutboxRepository,
  ) {}

  /**
   * Everything due, batch by batch, each batch in its own transaction (so a long send never holds
   * one transaction open). `transport` is null when no SMTP server is configured: due messages
   * are then held, not sent. Messages whose retry is not yet due wait for a later run.
   */
  async sendDue(tenant: Tenant, transport: MailTransport | null, from: string): Promise<OutboxSendSummary> {
    const total: OutboxSendSummary = { sent: 0, failed: 0, held: 0 };
    // Messages held while no SMTP server was configured go out now that there is one.
    if (transport) await this.tenancy.run(tenant, () => this.outbox.releaseHeld());
    for (;;) {
      const batch = await this.sendBatch(tenant, transport, from);
      total.sent += batch.summary.sent;
      total.failed += batch.summary.failed;
      total.held += batch.summary.held;
      if (batch.claimed < MESSAGES_PER_PASS) return total;
    }
  }

  private sendBatch(
    tenant: Tenant,
    transport: MailTransport | null,
    from: string,
  ): Promise<{ claimed: number; summary: OutboxSendSummary }> {
    return this.tenancy.run(tenant, async () => {
      const summary: OutboxSendSummary = { sent: 0, failed: 0, held: 0 };
      const due = await this.outbox.claimDue(MESSAGES_PER_PASS);
      for (const message of due) {
        if (!transport) {
          await this.outbox.markHeld(message.id);
          summary.held++;
          continue;
        }
        try {
          await transport.send({
            from: senderAddress(tenant.name, from),
            to: message.recipient,
            subject: message.subject,
            text: message.textBody,
            html: message.htmlBody,
          });
        } catch (error) {
          // Recorded on the row and retried later; the other messages still go out.
          await this.outbox.markAttemptFailed(message.id, describeError(error));
          summary.failed++;
          continue;
        }
        await this.outbox.markSent(message.id);
        summary.sent++;
      }
      return { claimed: due.length, summary };
    });
  }
}

/** `"Aarhus Kommune" <noreply@…>`: the recipient sees who is asking, not the platform. */
function senderAddress(tenantName: string, address: string): string {
  // Inside a quoted display name only `"` and `\` need escaping (RFC 5322 quoted-string).
  return `"${tenantName.replace(/["\\]/g, '\\$&')}" <${address}>`;
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
