import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { TenancyService, Tenant } from '@socialkompas/tenancy';
import { MailTransport } from './mail-transport';
import { OutboxMessage, OutboxRepository } from './outbox.repository';

/** What one pass over a tenant's outbox did. */
export interface OutboxSendSummary {
  sent: number;
  /** Attempts that failed this pass; the message is retried later or, after the last attempt, given up. */
  failed: number;
  held: number;
}

/**
 * How long a claimed message is its sender's alone. Far longer than one SMTP conversation may last
 * (three 10 s timeouts), so two senders never send one message at once; short enough that a
 * message whose sender died goes out within minutes.
 */
export const OUTBOX_LEASE_MS = 2 * 60_000;

/**
 * Sends a tenant's due outbox messages, one at a time: claim it with a lease (committed at once),
 * send it outside any transaction, and mark it sent in a transaction of its own as soon as the
 * SMTP server has accepted it. A sender that dies in between leaves only the message it was
 * sending; that one goes out again when its lease has run out, with the same `Message-ID`, so a
 * receiving server that keeps them can drop the copy. SMTP has no idempotency key beyond that:
 * one duplicate after a crash is the accepted trade-off, a lost message is not.
 */
@Injectable()
export class OutboxSender {
  constructor(
    private readonly tenancy: TenancyService,
    private readonly outbox: OutboxRepository,
  ) {}

  /**
   * Everything due. `transport` is null when no SMTP server is configured: due messages are then
   * held, not sent. Messages whose retry is not yet due wait for a later run. Once `signal`
   * aborts (the worker is stopping), no further message is claimed and the pass throws the
   * signal's reason; what is left is due for the next pass.
   */
  async sendDue(
    tenant: Tenant,
    transport: MailTransport | null,
    from: string,
    signal?: AbortSignal,
  ): Promise<OutboxSendSummary> {
    const summary: OutboxSendSummary = { sent: 0, failed: 0, held: 0 };
    if (!transport) {
      summary.held = await this.tenancy.run(tenant, () => this.outbox.holdDue());
      return summary;
    }
    // Messages held while no SMTP server was configured go out now that there is one.
    await this.tenancy.run(tenant, () => this.outbox.releaseHeld());
    const owner = leaseOwner();
    for (;;) {
      signal?.throwIfAborted();
      const message = await this.tenancy.run(tenant, () => this.outbox.claimNext(owner, OUTBOX_LEASE_MS));
      if (!message) return summary;
      summary[(await this.deliver(tenant, transport, from, message)) ? 'sent' : 'failed']++;
    }
  }

  /** Sends one claimed message and records the outcome; false when the server would not take it. */
  private async deliver(
    tenant: Tenant,
    transport: MailTransport,
    from: string,
    message: OutboxMessage,
  ): Promise<boolean> {
    try {
      await transport.send({
        from: senderAddress(tenant.name, from),
        to: message.recipient,
        subject: message.subject,
        text: message.textBody,
        html: message.htmlBody,
        messageId: outboxMessageId(tenant.slug, message.id, from),
      });
    } catch (error) {
      // Recorded on the row and retried later; the other messages still go out.
      await this.tenancy.run(tenant, () => this.outbox.markAttemptFailed(message.id, describeError(error)));
      return false;
    }
    await this.tenancy.run(tenant, () => this.outbox.markSent(message.id));
    return true;
  }
}

/**
 * `<outbox-aarhus-<row id>@socialkompas.dk>`: derived from the outbox row alone, so every attempt of
 * one message carries the same id, and under the sender's own domain, as RFC 5322 asks.
 */
export function outboxMessageId(slug: string, outboxId: string, from: string): string {
  const domain = from.slice(from.lastIndexOf('@') + 1).replace(/[>\s]/g, '');
  return `<outbox-${slug}-${outboxId}@${domain}>`;
}

/** Who holds a lease, readable in the outbox table: which host and process, and which pass. */
function leaseOwner(): string {
  return `${hostname()}/${process.pid}/${randomUUID()}`;
}

/** `"Aarhus Kommune" <noreply@…>`: the recipient sees who is asking, not the platform. */
function senderAddress(tenantName: string, address: string): string {
  // Inside a quoted display name only `"` and `\` need escaping (RFC 5322 quoted-string).
  return `"${tenantName.replace(/["\\]/g, '\\$&')}" <${address}>`;
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
