-- AlterTable
ALTER TABLE "TicketEvent" ADD COLUMN     "seq" SERIAL NOT NULL;

-- CreateIndex
CREATE INDEX "TicketEvent_ticketId_seq_idx" ON "TicketEvent"("ticketId", "seq");
