-- CreateTable
CREATE TABLE "AccountCode" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "userId" INTEGER NOT NULL,
    "codeHash" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "usedAt" DATETIME,
    CONSTRAINT "AccountCode_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_User" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "platform" TEXT NOT NULL,
    "tenant" TEXT NOT NULL DEFAULT '',
    "externalId" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "locale" TEXT,
    "dmAddress" TEXT,
    "createdAt" DATETIME NOT NULL,
    "personId" INTEGER,
    "dmPlatform" TEXT,
    "lastSeenAt" DATETIME,
    CONSTRAINT "User_personId_fkey" FOREIGN KEY ("personId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_User" ("createdAt", "displayName", "dmAddress", "externalId", "id", "locale", "platform", "tenant") SELECT "createdAt", "displayName", "dmAddress", "externalId", "id", "locale", "platform", "tenant" FROM "User";
DROP TABLE "User";
ALTER TABLE "new_User" RENAME TO "User";
CREATE INDEX "User_personId_idx" ON "User"("personId");
CREATE UNIQUE INDEX "User_platform_tenant_externalId_key" ON "User"("platform", "tenant", "externalId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "AccountCode_codeHash_key" ON "AccountCode"("codeHash");

-- CreateIndex
CREATE INDEX "AccountCode_userId_idx" ON "AccountCode"("userId");
