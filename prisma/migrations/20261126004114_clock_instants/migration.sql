-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_User" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "platform" TEXT NOT NULL,
    "externalId" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "locale" TEXT,
    "dmAddress" TEXT,
    "createdAt" DATETIME NOT NULL
);
INSERT INTO "new_User" ("createdAt", "displayName", "dmAddress", "externalId", "id", "locale", "platform") SELECT "createdAt", "displayName", "dmAddress", "externalId", "id", "locale", "platform" FROM "User";
DROP TABLE "User";
ALTER TABLE "new_User" RENAME TO "User";
CREATE UNIQUE INDEX "User_platform_externalId_key" ON "User"("platform", "externalId");
CREATE TABLE "new_Case" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "title" TEXT NOT NULL,
    "company" TEXT NOT NULL,
    "municipality" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "affected" INTEGER NOT NULL,
    "targetPercent" REAL,
    "targetMonths" INTEGER,
    "noticeDate" TEXT,
    "timeZone" TEXT NOT NULL DEFAULT 'Europe/Stockholm',
    "locale" TEXT NOT NULL DEFAULT 'sv',
    "joinCode" TEXT NOT NULL,
    "suppressionThreshold" INTEGER NOT NULL DEFAULT 3,
    "status" TEXT NOT NULL DEFAULT 'open',
    "createdAt" DATETIME NOT NULL,
    "closedAt" DATETIME
);
INSERT INTO "new_Case" ("affected", "closedAt", "company", "createdAt", "id", "joinCode", "kind", "locale", "municipality", "noticeDate", "status", "suppressionThreshold", "targetMonths", "targetPercent", "timeZone", "title") SELECT "affected", "closedAt", "company", "createdAt", "id", "joinCode", "kind", "locale", "municipality", "noticeDate", "status", "suppressionThreshold", "targetMonths", "targetPercent", "timeZone", "title" FROM "Case";
DROP TABLE "Case";
ALTER TABLE "new_Case" RENAME TO "Case";
CREATE UNIQUE INDEX "Case_joinCode_key" ON "Case"("joinCode");
CREATE TABLE "new_ChannelLink" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "caseId" INTEGER NOT NULL,
    "platform" TEXT NOT NULL,
    "channelId" TEXT NOT NULL,
    "name" TEXT,
    "address" TEXT,
    "createdAt" DATETIME NOT NULL,
    CONSTRAINT "ChannelLink_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_ChannelLink" ("address", "caseId", "channelId", "createdAt", "id", "name", "platform") SELECT "address", "caseId", "channelId", "createdAt", "id", "name", "platform" FROM "ChannelLink";
DROP TABLE "ChannelLink";
ALTER TABLE "new_ChannelLink" RENAME TO "ChannelLink";
CREATE INDEX "ChannelLink_caseId_idx" ON "ChannelLink"("caseId");
CREATE UNIQUE INDEX "ChannelLink_platform_channelId_key" ON "ChannelLink"("platform", "channelId");
CREATE TABLE "new_Member" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "caseId" INTEGER NOT NULL,
    "userId" INTEGER NOT NULL,
    "organisationId" INTEGER,
    "role" TEXT NOT NULL,
    "joinedAt" DATETIME NOT NULL,
    "removedAt" DATETIME,
    CONSTRAINT "Member_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Member_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Member_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Member" ("caseId", "id", "joinedAt", "organisationId", "removedAt", "role", "userId") SELECT "caseId", "id", "joinedAt", "organisationId", "removedAt", "role", "userId" FROM "Member";
DROP TABLE "Member";
ALTER TABLE "new_Member" RENAME TO "Member";
CREATE UNIQUE INDEX "Member_caseId_userId_key" ON "Member"("caseId", "userId");
CREATE TABLE "new_Action" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "caseId" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "ownerId" INTEGER,
    "organisationId" INTEGER,
    "dueDate" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'open',
    "createdById" INTEGER NOT NULL,
    "decisionId" INTEGER,
    "createdAt" DATETIME NOT NULL,
    "closedAt" DATETIME,
    CONSTRAINT "Action_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Action_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "Member" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Action_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Action_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "Member" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Action_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "Decision" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Action" ("caseId", "closedAt", "createdAt", "createdById", "decisionId", "dueDate", "id", "number", "organisationId", "ownerId", "status", "text") SELECT "caseId", "closedAt", "createdAt", "createdById", "decisionId", "dueDate", "id", "number", "organisationId", "ownerId", "status", "text" FROM "Action";
DROP TABLE "Action";
ALTER TABLE "new_Action" RENAME TO "Action";
CREATE INDEX "Action_caseId_status_dueDate_idx" ON "Action"("caseId", "status", "dueDate");
CREATE UNIQUE INDEX "Action_caseId_number_key" ON "Action"("caseId", "number");
CREATE TABLE "new_ActionComment" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "actionId" INTEGER NOT NULL,
    "authorId" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL,
    CONSTRAINT "ActionComment_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ActionComment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "Member" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_ActionComment" ("actionId", "authorId", "createdAt", "id", "text") SELECT "actionId", "authorId", "createdAt", "id", "text" FROM "ActionComment";
DROP TABLE "ActionComment";
ALTER TABLE "new_ActionComment" RENAME TO "ActionComment";
CREATE TABLE "new_Poll" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "caseId" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "question" TEXT NOT NULL,
    "closesAt" DATETIME,
    "anonymous" BOOLEAN NOT NULL DEFAULT false,
    "hidden" BOOLEAN NOT NULL DEFAULT false,
    "perOrganisation" BOOLEAN NOT NULL DEFAULT false,
    "status" TEXT NOT NULL DEFAULT 'open',
    "createdById" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL,
    "closedAt" DATETIME,
    CONSTRAINT "Poll_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Poll_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "Member" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Poll" ("anonymous", "caseId", "closedAt", "closesAt", "createdAt", "createdById", "hidden", "id", "number", "perOrganisation", "question", "status") SELECT "anonymous", "caseId", "closedAt", "closesAt", "createdAt", "createdById", "hidden", "id", "number", "perOrganisation", "question", "status" FROM "Poll";
DROP TABLE "Poll";
ALTER TABLE "new_Poll" RENAME TO "Poll";
CREATE UNIQUE INDEX "Poll_caseId_number_key" ON "Poll"("caseId", "number");
CREATE TABLE "new_Meeting" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "caseId" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "startsAt" DATETIME NOT NULL,
    "place" TEXT,
    "link" TEXT,
    "status" TEXT NOT NULL DEFAULT 'planned',
    "createdAt" DATETIME NOT NULL,
    CONSTRAINT "Meeting_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Meeting" ("caseId", "createdAt", "id", "link", "number", "place", "startsAt", "status") SELECT "caseId", "createdAt", "id", "link", "number", "place", "startsAt", "status" FROM "Meeting";
DROP TABLE "Meeting";
ALTER TABLE "new_Meeting" RENAME TO "Meeting";
CREATE INDEX "Meeting_caseId_startsAt_idx" ON "Meeting"("caseId", "startsAt");
CREATE UNIQUE INDEX "Meeting_caseId_number_key" ON "Meeting"("caseId", "number");
CREATE TABLE "new_AgendaItem" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "caseId" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "meetingId" INTEGER,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'open',
    "proposedById" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL,
    "closedAt" DATETIME,
    CONSTRAINT "AgendaItem_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AgendaItem_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "AgendaItem_proposedById_fkey" FOREIGN KEY ("proposedById") REFERENCES "Member" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_AgendaItem" ("caseId", "closedAt", "createdAt", "id", "meetingId", "number", "position", "proposedById", "status", "text") SELECT "caseId", "closedAt", "createdAt", "id", "meetingId", "number", "position", "proposedById", "status", "text" FROM "AgendaItem";
DROP TABLE "AgendaItem";
ALTER TABLE "new_AgendaItem" RENAME TO "AgendaItem";
CREATE UNIQUE INDEX "AgendaItem_caseId_number_key" ON "AgendaItem"("caseId", "number");
CREATE TABLE "new_Decision" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "caseId" INTEGER NOT NULL,
    "meetingId" INTEGER,
    "pollId" INTEGER,
    "agendaItemId" INTEGER,
    "text" TEXT NOT NULL,
    "createdById" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL,
    CONSTRAINT "Decision_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Decision_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Decision_pollId_fkey" FOREIGN KEY ("pollId") REFERENCES "Poll" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Decision_agendaItemId_fkey" FOREIGN KEY ("agendaItemId") REFERENCES "AgendaItem" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Decision_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "Member" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Decision" ("agendaItemId", "caseId", "createdAt", "createdById", "id", "meetingId", "pollId", "text") SELECT "agendaItemId", "caseId", "createdAt", "createdById", "id", "meetingId", "pollId", "text" FROM "Decision";
DROP TABLE "Decision";
ALTER TABLE "new_Decision" RENAME TO "Decision";
CREATE UNIQUE INDEX "Decision_pollId_key" ON "Decision"("pollId");
CREATE TABLE "new_StatusReport" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "caseId" INTEGER NOT NULL,
    "reportDate" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "base" TEXT NOT NULL DEFAULT 'varslade',
    "n" INTEGER NOT NULL,
    "permanent" INTEGER NOT NULL,
    "fixedTerm" INTEGER NOT NULL,
    "ownBusiness" INTEGER NOT NULL,
    "studies" INTEGER NOT NULL,
    "pension" INTEGER NOT NULL,
    "programme" INTEGER NOT NULL,
    "seeking" INTEGER NOT NULL,
    "sick" INTEGER NOT NULL,
    "declined" INTEGER NOT NULL,
    "other" INTEGER NOT NULL,
    "organisationId" INTEGER,
    "reportedById" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL,
    CONSTRAINT "StatusReport_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "StatusReport_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "StatusReport_reportedById_fkey" FOREIGN KEY ("reportedById") REFERENCES "Member" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_StatusReport" ("base", "caseId", "createdAt", "declined", "fixedTerm", "id", "n", "organisationId", "other", "ownBusiness", "pension", "permanent", "programme", "reportDate", "reportedById", "seeking", "sick", "source", "studies") SELECT "base", "caseId", "createdAt", "declined", "fixedTerm", "id", "n", "organisationId", "other", "ownBusiness", "pension", "permanent", "programme", "reportDate", "reportedById", "seeking", "sick", "source", "studies" FROM "StatusReport";
DROP TABLE "StatusReport";
ALTER TABLE "new_StatusReport" RENAME TO "StatusReport";
CREATE UNIQUE INDEX "StatusReport_caseId_reportDate_source_key" ON "StatusReport"("caseId", "reportDate", "source");
CREATE TABLE "new_AuditEntry" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "caseId" INTEGER,
    "actorId" INTEGER,
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" INTEGER,
    "data" TEXT NOT NULL DEFAULT '{}',
    "createdAt" DATETIME NOT NULL,
    CONSTRAINT "AuditEntry_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AuditEntry_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_AuditEntry" ("action", "actorId", "caseId", "createdAt", "data", "entity", "entityId", "id") SELECT "action", "actorId", "caseId", "createdAt", "data", "entity", "entityId", "id" FROM "AuditEntry";
DROP TABLE "AuditEntry";
ALTER TABLE "new_AuditEntry" RENAME TO "AuditEntry";
CREATE INDEX "AuditEntry_caseId_createdAt_idx" ON "AuditEntry"("caseId", "createdAt");
CREATE TABLE "new_OutboxMessage" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "caseId" INTEGER,
    "dedupeKey" TEXT NOT NULL,
    "platform" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "target" TEXT NOT NULL,
    "payload" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" DATETIME NOT NULL,
    "lastError" TEXT,
    "createdAt" DATETIME NOT NULL,
    "sentAt" DATETIME,
    CONSTRAINT "OutboxMessage_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_OutboxMessage" ("attempts", "caseId", "createdAt", "dedupeKey", "id", "kind", "lastError", "nextAttemptAt", "payload", "platform", "sentAt", "status", "target") SELECT "attempts", "caseId", "createdAt", "dedupeKey", "id", "kind", "lastError", "nextAttemptAt", "payload", "platform", "sentAt", "status", "target" FROM "OutboxMessage";
DROP TABLE "OutboxMessage";
ALTER TABLE "new_OutboxMessage" RENAME TO "OutboxMessage";
CREATE UNIQUE INDEX "OutboxMessage_dedupeKey_key" ON "OutboxMessage"("dedupeKey");
CREATE INDEX "OutboxMessage_status_nextAttemptAt_idx" ON "OutboxMessage"("status", "nextAttemptAt");
CREATE TABLE "new_JobClaim" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "job" TEXT NOT NULL,
    "caseId" INTEGER NOT NULL,
    "period" TEXT NOT NULL,
    "claimedAt" DATETIME NOT NULL,
    "finishedAt" DATETIME,
    CONSTRAINT "JobClaim_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_JobClaim" ("caseId", "claimedAt", "finishedAt", "id", "job", "period") SELECT "caseId", "claimedAt", "finishedAt", "id", "job", "period" FROM "JobClaim";
DROP TABLE "JobClaim";
ALTER TABLE "new_JobClaim" RENAME TO "JobClaim";
CREATE UNIQUE INDEX "JobClaim_job_caseId_period_key" ON "JobClaim"("job", "caseId", "period");
CREATE TABLE "new_PostedMessage" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "caseId" INTEGER NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" INTEGER NOT NULL,
    "platform" TEXT NOT NULL,
    "channelId" TEXT NOT NULL,
    "messageId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL,
    CONSTRAINT "PostedMessage_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_PostedMessage" ("caseId", "channelId", "createdAt", "entity", "entityId", "id", "messageId", "platform") SELECT "caseId", "channelId", "createdAt", "entity", "entityId", "id", "messageId", "platform" FROM "PostedMessage";
DROP TABLE "PostedMessage";
ALTER TABLE "new_PostedMessage" RENAME TO "PostedMessage";
CREATE INDEX "PostedMessage_entity_entityId_idx" ON "PostedMessage"("entity", "entityId");
CREATE UNIQUE INDEX "PostedMessage_platform_channelId_messageId_key" ON "PostedMessage"("platform", "channelId", "messageId");
CREATE TABLE "new_ProcessedEvent" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "receivedAt" DATETIME NOT NULL
);
INSERT INTO "new_ProcessedEvent" ("key", "receivedAt") SELECT "key", "receivedAt" FROM "ProcessedEvent";
DROP TABLE "ProcessedEvent";
ALTER TABLE "new_ProcessedEvent" RENAME TO "ProcessedEvent";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
