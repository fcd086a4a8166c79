-- CreateTable
CREATE TABLE "DirectLineConversation" (
    "id" TEXT NOT NULL,
    "lastSeq" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DirectLineConversation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DirectLineToken" (
    "hash" TEXT NOT NULL,
    "conversationId" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DirectLineToken_pkey" PRIMARY KEY ("hash")
);

-- CreateTable
CREATE TABLE "DirectLineActivity" (
    "conversationId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "clientActivityId" TEXT,
    "activity" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DirectLineActivity_pkey" PRIMARY KEY ("conversationId","seq")
);

-- CreateIndex
CREATE INDEX "DirectLineToken_conversationId_idx" ON "DirectLineToken"("conversationId");

-- CreateIndex
CREATE UNIQUE INDEX "DirectLineActivity_conversationId_clientActivityId_key" ON "DirectLineActivity"("conversationId", "clientActivityId");

-- AddForeignKey
ALTER TABLE "DirectLineToken" ADD CONSTRAINT "DirectLineToken_conversationId_fkey" FOREIGN KEY ("conversationId") REFERENCES "DirectLineConversation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DirectLineActivity" ADD CONSTRAINT "DirectLineActivity_conversationId_fkey" FOREIGN KEY ("conversationId") REFERENCES "DirectLineConversation"("id") ON DELETE CASCADE ON UPDATE CASCADE;
