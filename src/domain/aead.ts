// AES-256-GCM as this project seals things (ballot choices, Slack tokens at rest): a fresh random
// 12-byte nonce each time, laid out as nonce | ciphertext | 16-byte tag, with associated data that
// ties a sealed value to the row it belongs to.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const NONCE_BYTES = 12;
const TAG_BYTES = 16;
/** What sealing adds to the length of the plaintext. */
export const SEAL_OVERHEAD = NONCE_BYTES + TAG_BYTES;

export function seal(key: Uint8Array, plain: Uint8Array, associated: Uint8Array): Buffer {
  const nonce = randomBytes(NONCE_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, nonce).setAAD(associated);
  return Buffer.concat([nonce, cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
}

/** The plaintext, or null when the value was not sealed with this key and associated data. */
export function unseal(key: Uint8Array, sealed: Uint8Array, associated: Uint8Array): Buffer | null {
  if (sealed.length < SEAL_OVERHEAD) return null;
  const bytes = Buffer.from(sealed);
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, NONCE_BYTES)).setAAD(associated);
    decipher.setAuthTag(bytes.subarray(bytes.length - TAG_BYTES));
    return Buffer.concat([decipher.update(bytes.subarray(NONCE_BYTES, bytes.length - TAG_BYTES)), decipher.final()]);
  } catch {
    return null;
  }
}
