-- CreateTable
CREATE TABLE "JoinCode" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "caseId" INTEGER NOT NULL,
    "codeHash" TEXT NOT NULL,
    "createdById" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "usedAt" DATETIME,
    "usedById" INTEGER,
    "revokedAt" DATETIME,
    CONSTRAINT "JoinCode_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "JoinCode_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "JoinCode_usedById_fkey" FOREIGN KEY ("usedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "LinkFailure" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "userId" INTEGER NOT NULL,
    "platform" TEXT NOT NULL,
    "channelId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL,
    CONSTRAINT "LinkFailure_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
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
    "suppressionThreshold" INTEGER NOT NULL DEFAULT 3,
    "status" TEXT NOT NULL DEFAULT 'open',
    "createdAt" DATETIME NOT NULL,
    "closedAt" DATETIME
);
INSERT INTO "new_Case" ("affected", "closedAt", "company", "createdAt", "id", "kind", "locale", "municipality", "noticeDate", "status", "suppressionThreshold", "targetMonths", "targetPercent", "timeZone", "title") SELECT "affected", "closedAt", "company", "createdAt", "id", "kind", "locale", "municipality", "noticeDate", "status", "suppressionThreshold", "targetMonths", "targetPercent", "timeZone", "title" FROM "Case";
DROP TABLE "Case";
ALTER TABLE "new_Case" RENAME TO "Case";
CREATE TABLE "new_ChannelLink" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "caseId" INTEGER NOT NULL,
    "platform" TEXT NOT NULL,
    "channelId" TEXT NOT NULL,
    "name" TEXT,
    "address" TEXT,
    "status" TEXT NOT NULL DEFAULT 'active',
    "linkedById" INTEGER,
    "createdAt" DATETIME NOT NULL,
    CONSTRAINT "ChannelLink_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ChannelLink_linkedById_fkey" FOREIGN KEY ("linkedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_ChannelLink" ("address", "caseId", "channelId", "createdAt", "id", "name", "platform") SELECT "address", "caseId", "channelId", "createdAt", "id", "name", "platform" FROM "ChannelLink";
DROP TABLE "ChannelLink";
ALTER TABLE "new_ChannelLink" RENAME TO "ChannelLink";
CREATE INDEX "ChannelLink_caseId_idx" ON "ChannelLink"("caseId");
CREATE UNIQUE INDEX "ChannelLink_platform_channelId_key" ON "ChannelLink"("platform", "channelId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "JoinCode_codeHash_key" ON "JoinCode"("codeHash");

-- CreateIndex
CREATE INDEX "JoinCode_caseId_idx" ON "JoinCode"("caseId");

-- CreateIndex
CREATE INDEX "LinkFailure_userId_createdAt_idx" ON "LinkFailure"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "LinkFailure_platform_channelId_createdAt_idx" ON "LinkFailure"("platform", "channelId", "createdAt");
