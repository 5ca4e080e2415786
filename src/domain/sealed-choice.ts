// The choice of an anonymous ballot, sealed: AES-256-GCM under a key derived from the ballot secret
// and the poll, with a fresh random nonce each time and the ballot's voter key as associated data
// (a sealed choice opens only in its own row). The option id is sealed as four bytes, so that every
// sealed value has the same length whatever was chosen. docs/ARCHITECTURE.md, "Anonymous polls".
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

const NONCE_BYTES = 12;
const TAG_BYTES = 16;
const CHOICE_BYTES = 4;
/** Every sealed choice is exactly this long: nonce, the encrypted option id, the authentication tag. */
export const SEALED_BYTES = NONCE_BYTES + CHOICE_BYTES + TAG_BYTES;

function pollKey(secret: string, pollId: number): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, 'samverkan ballot seal', `poll:${pollId}`, 32));
}

export function sealChoice(secret: string, pollId: number, voterKey: string, optionId: number): Uint8Array<ArrayBuffer> {
  const nonce = randomBytes(NONCE_BYTES);
  const cipher = createCipheriv('aes-256-gcm', pollKey(secret, pollId), nonce).setAAD(Buffer.from(voterKey));
  const choice = Buffer.alloc(CHOICE_BYTES);
  choice.writeUInt32BE(optionId);
  return new Uint8Array(Buffer.concat([nonce, cipher.update(choice), cipher.final(), cipher.getAuthTag()]));
}

/** The option id, or null when the value was not sealed for this row with this secret. */
export function openChoice(secret: string, pollId: number, voterKey: string, sealed: Uint8Array): number | null {
  if (sealed.length !== SEALED_BYTES) return null;
  const bytes = Buffer.from(sealed);
  try {
    const decipher = createDecipheriv('aes-256-gcm', pollKey(secret, pollId), bytes.subarray(0, NONCE_BYTES)).setAAD(Buffer.from(voterKey));
    decipher.setAuthTag(bytes.subarray(NONCE_BYTES + CHOICE_BYTES));
    return Buffer.concat([decipher.update(bytes.subarray(NONCE_BYTES, NONCE_BYTES + CHOICE_BYTES)), decipher.final()]).readUInt32BE();
  } catch {
    return null;
  }
}
