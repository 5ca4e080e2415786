// Row types of the generated client, re-exported so the rest of the code names one module.
export type { Action, Case, ChannelLink, Meeting, Member, Organisation, Poll, PostedMessage, User } from '../generated/prisma/client.js';
