-- DropTable
PRAGMA foreign_keys=off;
DROP TABLE "PollParticipation";
PRAGMA foreign_keys=on;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_PollOption" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "pollId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "label" TEXT NOT NULL,
    "votes" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "PollOption_pollId_fkey" FOREIGN KEY ("pollId") REFERENCES "Poll" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_PollOption" ("id", "label", "pollId", "position") SELECT "id", "label", "pollId", "position" FROM "PollOption";
DROP TABLE "PollOption";
ALTER TABLE "new_PollOption" RENAME TO "PollOption";
CREATE UNIQUE INDEX "PollOption_pollId_position_key" ON "PollOption"("pollId", "position");
CREATE TABLE "new_Ballot" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "pollId" INTEGER NOT NULL,
    "voterKey" TEXT NOT NULL,
    "optionId" INTEGER,
    "sealed" BLOB,
    "memberId" INTEGER,
    CONSTRAINT "Ballot_pollId_fkey" FOREIGN KEY ("pollId") REFERENCES "Poll" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Ballot_optionId_fkey" FOREIGN KEY ("optionId") REFERENCES "PollOption" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Ballot" ("id", "memberId", "optionId", "pollId", "voterKey") SELECT "id", "memberId", "optionId", "pollId", "voterKey" FROM "Ballot";
DROP TABLE "Ballot";
ALTER TABLE "new_Ballot" RENAME TO "Ballot";
CREATE UNIQUE INDEX "Ballot_pollId_voterKey_key" ON "Ballot"("pollId", "voterKey");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- A closed poll's count is kept with its options, and a closed anonymous poll keeps no choices.
-- The choices of open anonymous polls need the ballot key to be sealed: that happens at start-up
-- (src/store/ballot-upgrade.ts).
UPDATE "PollOption" SET "votes" = (SELECT COUNT(*) FROM "Ballot" WHERE "Ballot"."optionId" = "PollOption"."id")
WHERE "pollId" IN (SELECT "id" FROM "Poll" WHERE "status" = 'closed');
UPDATE "Ballot" SET "optionId" = NULL WHERE "pollId" IN (SELECT "id" FROM "Poll" WHERE "anonymous" = 1 AND "status" = 'closed');
