import type { Translate } from '../i18n/index.js';

/** A refusal the user caused: its text goes back to them and the transaction is rolled back. */
export class UserError extends Error {
  constructor(readonly key: Parameters<Translate>[0], readonly params: Parameters<Translate>[1] = {}) {
    super(key);
  }
}
