-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_StatusReport" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "caseId" INTEGER NOT NULL,
    "reportDate" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "base" TEXT NOT NULL DEFAULT 'varslade',
    "n" INTEGER NOT NULL,
    "permanent" INTEGER,
    "fixedTerm" INTEGER,
    "ownBusiness" INTEGER,
    "studies" INTEGER,
    "pension" INTEGER,
    "programme" INTEGER,
    "seeking" INTEGER,
    "sick" INTEGER,
    "declined" INTEGER,
    "other" INTEGER,
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
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
