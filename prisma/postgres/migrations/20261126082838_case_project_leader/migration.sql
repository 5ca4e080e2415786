-- AlterTable
ALTER TABLE "Case" ADD COLUMN     "projectLeaderId" INTEGER;

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_projectLeaderId_fkey" FOREIGN KEY ("projectLeaderId") REFERENCES "Member"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- A case's project leader is its creator (the case.create audit entry names their member) while
-- they are still a leader in it, else its earliest leader still in the group.
UPDATE "Case" SET "projectLeaderId" = COALESCE(
  (SELECT m."id" FROM "Member" m WHERE m."caseId" = "Case"."id" AND m."role" = 'leader' AND m."removedAt" IS NULL
     AND m."id" = (SELECT (a."data"::jsonb ->> 'leaderMemberId')::integer FROM "AuditEntry" a
                   WHERE a."caseId" = "Case"."id" AND a."action" = 'case.create' ORDER BY a."id" LIMIT 1)),
  (SELECT m."id" FROM "Member" m WHERE m."caseId" = "Case"."id" AND m."role" = 'leader' AND m."removedAt" IS NULL
     ORDER BY m."joinedAt", m."id" LIMIT 1));
