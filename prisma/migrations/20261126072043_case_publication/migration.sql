-- CreateTable
CREATE TABLE "CasePublication" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "caseId" INTEGER NOT NULL,
    "slug" TEXT NOT NULL,
    "published" BOOLEAN NOT NULL,
    "description" TEXT,
    "contact" TEXT,
    "createdAt" DATETIME NOT NULL,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "CasePublication_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "CasePublication_caseId_key" ON "CasePublication"("caseId");

-- CreateIndex
CREATE UNIQUE INDEX "CasePublication_slug_key" ON "CasePublication"("slug");
