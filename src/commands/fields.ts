// Argument names several commands share.
import type { FieldName } from './spec.js';

export const ORG_FIELD: FieldName = { sv: 'org', en: 'org', aliases: ['organisation', 'organization'] };
export const PERSON_FIELD: FieldName = { sv: 'person', en: 'person' };
export const ROLE_FIELD: FieldName = { sv: 'roll', en: 'role' };
export const OWNER_FIELD: FieldName = { sv: 'ansvarig', en: 'owner' };
/** The short number of the commands that name one action, poll or item. */
export const NUMBER_FIELD: FieldName = { sv: 'nr', en: 'nr' };
