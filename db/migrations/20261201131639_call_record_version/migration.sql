-- AlterTable
ALTER TABLE "CallRecord" ADD COLUMN     "answeredSteps" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "stepTwiml" TEXT,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 0;
