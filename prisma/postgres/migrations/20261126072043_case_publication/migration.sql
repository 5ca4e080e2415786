-- CreateTable
CREATE TABLE "CasePublication" (
    "id" SERIAL NOT NULL,
    "caseId" INTEGER NOT NULL,
    "slug" TEXT NOT NULL,
    "published" BOOLEAN NOT NULL,
    "description" TEXT,
    "contact" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CasePublication_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CasePublication_caseId_key" ON "CasePublication"("caseId");

-- CreateIndex
CREATE UNIQUE INDEX "CasePublication_slug_key" ON "CasePublication"("slug");

-- AddForeignKey
ALTER TABLE "CasePublication" ADD CONSTRAINT "CasePublication_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;
