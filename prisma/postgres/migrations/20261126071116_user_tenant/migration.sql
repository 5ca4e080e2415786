-- DropIndex
DROP INDEX "User_platform_externalId_key";

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "tenant" TEXT NOT NULL DEFAULT '';

-- CreateIndex
CREATE UNIQUE INDEX "User_platform_tenant_externalId_key" ON "User"("platform", "tenant", "externalId");
