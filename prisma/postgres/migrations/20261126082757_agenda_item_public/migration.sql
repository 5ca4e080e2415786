-- AlterTable
ALTER TABLE "AgendaItem" ADD COLUMN     "public" BOOLEAN NOT NULL DEFAULT true;
