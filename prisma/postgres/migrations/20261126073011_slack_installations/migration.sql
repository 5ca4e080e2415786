-- CreateTable
CREATE TABLE "SlackInstallation" (
    "id" SERIAL NOT NULL,
    "installKey" TEXT NOT NULL,
    "teamId" TEXT,
    "enterpriseId" TEXT,
    "isEnterpriseInstall" BOOLEAN NOT NULL,
    "botUserId" TEXT NOT NULL,
    "botId" TEXT NOT NULL,
    "scopes" TEXT NOT NULL,
    "installerUserId" TEXT NOT NULL,
    "sealed" BYTEA NOT NULL,
    "installedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SlackInstallation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SlackInstallation_installKey_key" ON "SlackInstallation"("installKey");
