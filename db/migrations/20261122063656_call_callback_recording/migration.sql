-- AlterTable
ALTER TABLE "CallRecord" ADD COLUMN     "callbackRecordingUrl" TEXT;
