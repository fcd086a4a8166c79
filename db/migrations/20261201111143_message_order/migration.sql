-- AlterTable
ALTER TABLE "Message" ADD COLUMN     "seq" BIGSERIAL NOT NULL;
