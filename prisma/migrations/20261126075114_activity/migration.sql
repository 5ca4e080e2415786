-- CreateTable
CREATE TABLE "Activity" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "caseId" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "date" TEXT NOT NULL,
    "time" TEXT,
    "place" TEXT,
    "kind" TEXT NOT NULL,
    "public" BOOLEAN NOT NULL DEFAULT false,
    "status" TEXT NOT NULL DEFAULT 'planned',
    "participants" INTEGER,
    "exhibitors" INTEGER,
    "pupils" INTEGER,
    "note" TEXT,
    "pollId" INTEGER,
    "createdById" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL,
    "heldAt" DATETIME,
    "cancelledAt" DATETIME,
    CONSTRAINT "Activity_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Activity_pollId_fkey" FOREIGN KEY ("pollId") REFERENCES "Poll" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Activity_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "Member" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "Activity_caseId_status_date_idx" ON "Activity"("caseId", "status", "date");

-- CreateIndex
CREATE INDEX "Activity_pollId_idx" ON "Activity"("pollId");

-- CreateIndex
CREATE UNIQUE INDEX "Activity_caseId_number_key" ON "Activity"("caseId", "number");
