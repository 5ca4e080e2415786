-- CreateTable
CREATE TABLE "NextOccurrence" (
    "job" TEXT NOT NULL,
    "caseId" INTEGER NOT NULL,
    "subject" INTEGER NOT NULL,
    "period" TEXT NOT NULL,
    "dueAt" DATETIME NOT NULL,

    PRIMARY KEY ("job", "caseId", "subject"),
    CONSTRAINT "NextOccurrence_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case" ("id") ON DELETE CASCADE ON UPDATE CASCADE
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
    "closedAt" DATETIME,
    "scheduleChanged" BOOLEAN NOT NULL DEFAULT true
);
INSERT INTO "new_Case" ("affected", "closedAt", "company", "createdAt", "id", "kind", "locale", "municipality", "noticeDate", "status", "suppressionThreshold", "targetMonths", "targetPercent", "timeZone", "title") SELECT "affected", "closedAt", "company", "createdAt", "id", "kind", "locale", "municipality", "noticeDate", "status", "suppressionThreshold", "targetMonths", "targetPercent", "timeZone", "title" FROM "Case";
DROP TABLE "Case";
ALTER TABLE "new_Case" RENAME TO "Case";
CREATE INDEX "Case_scheduleChanged_idx" ON "Case"("scheduleChanged");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "NextOccurrence_dueAt_idx" ON "NextOccurrence"("dueAt");
