-- CreateTable
CREATE TABLE "Standin" (
    "id" SERIAL NOT NULL,
    "caseId" INTEGER NOT NULL,
    "memberId" INTEGER NOT NULL,
    "userId" INTEGER NOT NULL,
    "createdById" INTEGER NOT NULL,
    "from" TEXT NOT NULL,
    "until" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "endedAt" TIMESTAMP(3),

    CONSTRAINT "Standin_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Standin_caseId_userId_idx" ON "Standin"("caseId", "userId");

-- CreateIndex
CREATE INDEX "Standin_memberId_idx" ON "Standin"("memberId");

-- AddForeignKey
ALTER TABLE "Standin" ADD CONSTRAINT "Standin_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Standin" ADD CONSTRAINT "Standin_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Standin" ADD CONSTRAINT "Standin_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Standin" ADD CONSTRAINT "Standin_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
