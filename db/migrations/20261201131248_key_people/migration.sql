-- CreateTable
CREATE TABLE "KeyPerson" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "phone" TEXT NOT NULL,
    "communityId" TEXT NOT NULL,
    "street" TEXT NOT NULL,
    "district" TEXT NOT NULL,
    "grade" TEXT NOT NULL,
    "gradeSource" TEXT NOT NULL DEFAULT 'rule',
    "gradeReason" TEXT NOT NULL DEFAULT '',
    "age" INTEGER,
    "conditions" JSONB NOT NULL DEFAULT '[]',
    "diseaseUnstable" BOOLEAN NOT NULL DEFAULT false,
    "pregnant" BOOLEAN NOT NULL DEFAULT false,
    "livesAlone" BOOLEAN NOT NULL DEFAULT false,
    "vaccinated" BOOLEAN,
    "channel" TEXT NOT NULL DEFAULT 'sms',
    "contactTimes" JSONB NOT NULL DEFAULT '[]',
    "optedOut" BOOLEAN NOT NULL DEFAULT false,
    "familyPhone" TEXT,
    "familyName" TEXT,
    "infected" BOOLEAN NOT NULL DEFAULT false,
    "infectedAt" TIMESTAMP(3),
    "notes" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "KeyPerson_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KeyPersonEvent" (
    "id" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "actor" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "changes" JSONB NOT NULL DEFAULT '{}',
    "note" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "seq" SERIAL NOT NULL,

    CONSTRAINT "KeyPersonEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CheckIn" (
    "id" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "slot" TIMESTAMP(3) NOT NULL,
    "kind" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'planned',
    "channel" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3),
    "claimedAt" TIMESTAMP(3),
    "lastAttemptAt" TIMESTAMP(3),
    "answeredAt" TIMESTAMP(3),
    "outcome" TEXT,
    "answer" TEXT,
    "conversationId" TEXT,
    "ticketId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CheckIn_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CheckInAttempt" (
    "id" TEXT NOT NULL,
    "checkInId" TEXT NOT NULL,
    "n" INTEGER NOT NULL,
    "channel" TEXT NOT NULL,
    "to" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "outcome" TEXT NOT NULL,
    "sid" TEXT,
    "error" TEXT,

    CONSTRAINT "CheckInAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "KeyPerson_phone_key" ON "KeyPerson"("phone");

-- CreateIndex
CREATE INDEX "KeyPerson_communityId_grade_idx" ON "KeyPerson"("communityId", "grade");

-- CreateIndex
CREATE INDEX "KeyPerson_district_street_idx" ON "KeyPerson"("district", "street");

-- CreateIndex
CREATE INDEX "KeyPerson_familyPhone_idx" ON "KeyPerson"("familyPhone");

-- CreateIndex
CREATE INDEX "KeyPersonEvent_personId_seq_idx" ON "KeyPersonEvent"("personId", "seq");

-- CreateIndex
CREATE INDEX "CheckIn_status_slot_idx" ON "CheckIn"("status", "slot");

-- CreateIndex
CREATE INDEX "CheckIn_status_nextAttemptAt_idx" ON "CheckIn"("status", "nextAttemptAt");

-- CreateIndex
CREATE UNIQUE INDEX "CheckIn_personId_slot_key" ON "CheckIn"("personId", "slot");

-- CreateIndex
CREATE INDEX "CheckInAttempt_sid_idx" ON "CheckInAttempt"("sid");

-- CreateIndex
CREATE UNIQUE INDEX "CheckInAttempt_checkInId_n_key" ON "CheckInAttempt"("checkInId", "n");

-- AddForeignKey
ALTER TABLE "KeyPersonEvent" ADD CONSTRAINT "KeyPersonEvent_personId_fkey" FOREIGN KEY ("personId") REFERENCES "KeyPerson"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckIn" ADD CONSTRAINT "CheckIn_personId_fkey" FOREIGN KEY ("personId") REFERENCES "KeyPerson"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckInAttempt" ADD CONSTRAINT "CheckInAttempt_checkInId_fkey" FOREIGN KEY ("checkInId") REFERENCES "CheckIn"("id") ON DELETE CASCADE ON UPDATE CASCADE;
