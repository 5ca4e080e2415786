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
    "digestQuiet" BOOLEAN NOT NULL DEFAULT false,
    "projectLeaderId" INTEGER,
    CONSTRAINT "Case_projectLeaderId_fkey" FOREIGN KEY ("projectLeaderId") REFERENCES "Member" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Case" ("affected", "closedAt", "company", "createdAt", "digestQuiet", "id", "kind", "locale", "municipality", "noticeDate", "scheduleChanged", "status", "suppressionThreshold", "targetMonths", "targetPercent", "timeZone", "title") SELECT "affected", "closedAt", "company", "createdAt", "digestQuiet", "id", "kind", "locale", "municipality", "noticeDate", "scheduleChanged", "status", "suppressionThreshold", "targetMonths", "targetPercent", "timeZone", "title" FROM "Case";
DROP TABLE "Case";
ALTER TABLE "new_Case" RENAME TO "Case";
CREATE INDEX "Case_scheduleChanged_idx" ON "Case"("scheduleChanged");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- A case's project leader is its creator (the case.create audit entry names their member) while
-- they are still a leader in it, else its earliest leader still in the group.
UPDATE "Case" SET "projectLeaderId" = COALESCE(
  (SELECT m."id" FROM "Member" m WHERE m."caseId" = "Case"."id" AND m."role" = 'leader' AND m."removedAt" IS NULL
     AND m."id" = (SELECT CAST(json_extract(a."data", '$.leaderMemberId') AS INTEGER) FROM "AuditEntry" a
                   WHERE a."caseId" = "Case"."id" AND a."action" = 'case.create' ORDER BY a."id" LIMIT 1)),
  (SELECT m."id" FROM "Member" m WHERE m."caseId" = "Case"."id" AND m."role" = 'leader' AND m."removedAt" IS NULL
     ORDER BY m."joinedAt", m."id" LIMIT 1));
