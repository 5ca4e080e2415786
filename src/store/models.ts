// Row types of the generated client, re-exported so the rest of the code names one module.
export type { Case, ChannelLink, Member, Organisation, OutboxMessage, User } from '../generated/prisma/client.js';
