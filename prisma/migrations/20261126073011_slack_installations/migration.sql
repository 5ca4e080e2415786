-- CreateTable
CREATE TABLE "SlackInstallation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "installKey" TEXT NOT NULL,
    "teamId" TEXT,
    "enterpriseId" TEXT,
    "isEnterpriseInstall" BOOLEAN NOT NULL,
    "botUserId" TEXT NOT NULL,
    "botId" TEXT NOT NULL,
    "scopes" TEXT NOT NULL,
    "installerUserId" TEXT NOT NULL,
    "sealed" BLOB NOT NULL,
    "installedAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "SlackInstallation_installKey_key" ON "SlackInstallation"("installKey");
