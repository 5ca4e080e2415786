// Row types of the generated client, re-exported so the rest of the code names one module.
export type { Action, Activity, AgendaItem, Case, CaseSetting, ChannelLink, Decision, Meeting, Member, NextOccurrence, Organisation, OutboxMessage, Poll, PostedMessage, Prisma, Standin, User } from '../generated/prisma/client.js';
