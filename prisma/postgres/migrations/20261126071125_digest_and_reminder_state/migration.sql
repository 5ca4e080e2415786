-- AlterTable
ALTER TABLE "Case" ADD COLUMN     "digestQuiet" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Member" ADD COLUMN     "reminders" TEXT NOT NULL DEFAULT 'all';

-- AlterTable
ALTER TABLE "Action" ADD COLUMN     "remindedDue" TEXT,
ADD COLUMN     "remindedOn" TEXT;
