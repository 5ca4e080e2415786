// The choice of an anonymous ballot, sealed: AES-256-GCM under a key derived from the ballot secret
// and the poll, with a fresh random nonce each time and the ballot's voter key as associated data
// (a sealed choice opens only in its own row). The option id is sealed as four bytes, so that every
// sealed value has the same length whatever was chosen. docs/ARCHITECTURE.md, "Anonymous polls".
import { hkdfSync } from 'node:crypto';
import { SEAL_OVERHEAD, seal, unseal } from './aead.js';

const CHOICE_BYTES = 4;
/** Every sealed choice is exactly this long: nonce, the encrypted option id, the authentication tag. */
export const SEALED_BYTES = SEAL_OVERHEAD + CHOICE_BYTES;

function pollKey(secret: string, pollId: number): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, 'samverkan ballot seal', `poll:${pollId}`, 32));
}

export function sealChoice(secret: string, pollId: number, voterKey: string, optionId: number): Uint8Array<ArrayBuffer> {
  const choice = Buffer.alloc(CHOICE_BYTES);
  choice.writeUInt32BE(optionId);
  return new Uint8Array(seal(pollKey(secret, pollId), choice, Buffer.from(voterKey)));
}

/** The option id, or null when the value was not sealed for this row with this secret. */
export function openChoice(secret: string, pollId: number, voterKey: string, sealed: Uint8Array): number | null {
  if (sealed.length !== SEALED_BYTES) return null;
  return unseal(pollKey(secret, pollId), sealed, Buffer.from(voterKey))?.readUInt32BE() ?? null;
}
