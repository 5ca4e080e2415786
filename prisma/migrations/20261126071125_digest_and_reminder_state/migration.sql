-- AlterTable
ALTER TABLE "Action" ADD COLUMN "remindedDue" TEXT;
ALTER TABLE "Action" ADD COLUMN "remindedOn" TEXT;

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
    "closedAt" DATETIME,
    "scheduleChanged" BOOLEAN NOT NULL DEFAULT true,
    "digestQuiet" BOOLEAN NOT NULL DEFAULT false
);
INSERT INTO "new_Case" ("affected", "closedAt", "company", "createdAt", "id", "kind", "locale", "municipality", "noticeDate", "scheduleChanged", "status", "suppressionThreshold", "targetMonths", "targetPercent", "timeZone", "title") SELECT "affected", "closedAt", "company", "createdAt", "id", "kind", "locale", "municipality", "noticeDate", "scheduleChanged", "status", "suppressionThreshold", "targetMonths", "targetPercent", "timeZone", "title" FROM "Case";
DROP TABLE "Case";
ALTER TABLE "new_Case" RENAME TO "Case";
CREATE INDEX "Case_scheduleChanged_idx" ON "Case"("scheduleChanged");
CREATE TABLE "new_Member" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "caseId" INTEGER NOT NULL,
    "userId" INTEGER NOT NULL,
    "organisationId" INTEGER,
    "role" TEXT NOT NULL,
    "joinedAt" DATETIME NOT NULL,
    "removedAt" DATETIME,
    "reminders" TEXT NOT NULL DEFAULT 'all',
    CONSTRAINT "Member_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Member_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Member_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Member" ("caseId", "id", "joinedAt", "organisationId", "removedAt", "role", "userId") SELECT "caseId", "id", "joinedAt", "organisationId", "removedAt", "role", "userId" FROM "Member";
DROP TABLE "Member";
ALTER TABLE "new_Member" RENAME TO "Member";
CREATE UNIQUE INDEX "Member_caseId_userId_key" ON "Member"("caseId", "userId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
