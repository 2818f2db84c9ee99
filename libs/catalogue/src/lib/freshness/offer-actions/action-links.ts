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
 * base64url. The key is derived from the session secret for this purpose alone; links signed
 * with the secret before the last rotation are accepted as well, so a rotation breaks no mail.
 */
export class ActionLinks {
  private readonly keys: Buffer[];

  constructor(secret: string, previousSecret?: string) {
    this.keys = [secret, previousSecret]
      .filter((value): value is string => value !== undefined)
      .map((value) => createHash('sha256').update(`socialkompas:offer-action-links:${value}`).digest());
  }

  sign(grant: Omit<ActionGrant, 'expiresAt'>, now = Date.now()): { token: string; expiresAt: Date } {
    const expiresAt = now + ACTION_LINK_DAYS * 24 * 3_600_000;
    const payload = Buffer.from(
      JSON.stringify({ t: grant.tenantId, o: grant.offerId, a: grant.action, e: expiresAt }),
    ).toString('base64url');
    return { token: `${payload}.${mac(this.keys[0], payload)}`, expiresAt: new Date(expiresAt) };
  }

  verify(token: string, now = Date.now()): ActionLinkCheck {
    const [payload, signature, extra] = token.split('.');
    if (!payload || !signature || extra !== undefined || token.length > 1000)
      return { valid: false, reason: 'malformed' };
    const given = Buffer.from(signature);
    const signedByUs = this.keys.some((key) => {
      const expected = Buffer.from(mac(key, payload));
      return expected.length === given.length && timingSafeEqual(expected, given);
    });
    if (!signedByUs) return { valid: false, reason: 'tampered' };
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
}

function mac(key: Buffer, payload: string): string {
  return createHmac('sha256', key).update(payload).digest('base64url');
}
