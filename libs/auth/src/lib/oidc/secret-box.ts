import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

/**
 * AES-256-GCM for OIDC client secrets at rest. The stored text is `v1:<iv>:<tag>:<ciphertext>`
 * (base64url); a wrong key or an altered value fails authentication instead of decrypting to junk.
 * Sealing uses the current key; opening also tries the key before the last rotation, until every
 * stored secret is sealed again (`isCurrent` tells which are not yet).
 */
export class SecretBox {
  private readonly keys: Buffer[];

  constructor(secretsKey: string, previousSecretsKey?: string) {
    this.keys = [secretsKey, previousSecretsKey]
      .filter((key): key is string => key !== undefined)
      .map((key) => createHash('sha256').update(`socialkompas:oidc-client-secret:${key}`).digest());
  }

  seal(plain: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.keys[0], iv);
    const ciphertext = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return ['v1', iv, cipher.getAuthTag(), ciphertext]
      .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
      .join(':');
  }

  open(sealed: string): string {
    for (const key of this.keys) {
      const plain = openWith(key, sealed);
      if (plain !== null) return plain;
    }
    throw new Error('The sealed secret does not open with SECRETS_KEY (nor SECRETS_KEY_PREVIOUS)');
  }

  /** Whether the current key sealed it (else it needs sealing again before the previous key goes). */
  isCurrent(sealed: string): boolean {
    return openWith(this.keys[0], sealed) !== null;
  }
}

/** The plain text, or null when this key did not seal it. */
function openWith(key: Buffer, sealed: string): string | null {
  const [version, iv, tag, ciphertext] = sealed.split(':');
  if (version !== 'v1' || !iv || !tag || !ciphertext) throw new Error('Unknown sealed secret format');
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  try {
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString(
      'utf8',
    );
  } catch {
    return null;
  }
}
