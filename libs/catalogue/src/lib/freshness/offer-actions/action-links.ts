import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

export const OFFER_ACTIONS = ['confirm', 'update', 'close'] as const;
export type OfferAction = (typeof OFFER_ACTIONS)[number];

/** What a signed link in a reminder mail lets its holder do, for which offer, in which tenant, until when. */
export interface ActionGrant {
  tenantId: string;
  offerId: string;
  action: OfferAction;
  expiresAt: number;
}

export type ActionLinkCheck =
  | { valid: true; grant: ActionGrant; tokenHash: string }
  | { valid: false; reason: 'malformed' | 'tampered' | 'expired' };

export const ACTION_LINK_DAYS = 30;

/**
 * Signed, expiring links for associations, who have no login: `<payload>.<HMAC-SHA256>`, both
 * base64url. The key is derived from the session secret for this purpose alone.
 */
export class ActionLinks {
  private readonly key: Buffer;

  constructor(secret: string) {
    this.key = createHash('sha256').update(`socialkompas:offer-action-links:${secret}`).digest();
  }

  sign(grant: Omit<ActionGrant, 'expiresAt'>, now = Date.now()): { token: string; expiresAt: Date } {
    const expiresAt = now + ACTION_LINK_DAYS * 24 * 3_600_000;
    const payload = Buffer.from(
      JSON.stringify({ t: grant.tenantId, o: grant.offerId, a: grant.action, e: expiresAt }),
    ).toString('base64url');
    return { token: `${payload}.${this.mac(payload)}`, expiresAt: new Date(expiresAt) };
  }

  verify(token: string, now = Date.now()): ActionLinkCheck {
    const [payload, mac, extra] = token.split('.');
    if (!payload || !mac || extra !== undefined || token.length > 1000)
      return { valid: false, reason: 'malformed' };
    const expected = Buffer.from(this.mac(payload));
    const given = Buffer.from(mac);
    if (expected.length !== given.length || !timingSafeEqual(expected, given))
      return { valid: false, reason: 'tampered' };
    let fields: { t?: unknown; o?: unknown; a?: unknown; e?: unknown };
    try {
      fields = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    } catch {
      return { valid: false, reason: 'malformed' };
    }
    const { t, o, a, e } = fields;
    if (
      typeof t !== 'string' ||
      typeof o !== 'string' ||
      typeof e !== 'number' ||
      !OFFER_ACTIONS.includes(a as OfferAction)
    ) {
      return { valid: false, reason: 'malformed' };
    }
    if (e < now) return { valid: false, reason: 'expired' };
    return {
      valid: true,
      grant: { tenantId: t, offerId: o, action: a as OfferAction, expiresAt: e },
      tokenHash: createHash('sha256').update(token).digest('hex'),
    };
  }

  private mac(payload: string): string {
    return createHmac('sha256', this.key).update(payload).digest('base64url');
  }
}
