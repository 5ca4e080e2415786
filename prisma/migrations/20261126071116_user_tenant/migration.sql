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
    "createdAt" DATETIME NOT NULL
);
INSERT INTO "new_User" ("createdAt", "displayName", "dmAddress", "externalId", "id", "locale", "platform") SELECT "createdAt", "displayName", "dmAddress", "externalId", "id", "locale", "platform" FROM "User";
DROP TABLE "User";
ALTER TABLE "new_User" RENAME TO "User";
CREATE UNIQUE INDEX "User_platform_tenant_externalId_key" ON "User"("platform", "tenant", "externalId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
