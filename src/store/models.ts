// Row types of the generated client, re-exported so the rest of the code names one module.
export type { Action, AgendaItem, Case, ChannelLink, Decision, Meeting, Member, Organisation, OutboxMessage, Poll, PostedMessage, Prisma, User } from '../generated/prisma/client.js';
