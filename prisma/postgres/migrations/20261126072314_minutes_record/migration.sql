-- CreateTable
CREATE TABLE "MeetingAttendance" (
    "id" SERIAL NOT NULL,
    "meetingId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "userId" INTEGER,
    "forUserId" INTEGER,
    "name" TEXT,
    "organisation" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MeetingAttendance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MinutesVersion" (
    "id" SERIAL NOT NULL,
    "meetingId" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "correction" TEXT,
    "snapshot" TEXT,
    "approvedAt" TIMESTAMP(3),
    "createdById" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MinutesVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MinutesApprover" (
    "id" SERIAL NOT NULL,
    "minutesId" INTEGER NOT NULL,
    "userId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "approvedAt" TIMESTAMP(3),

    CONSTRAINT "MinutesApprover_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "MeetingAttendance_meetingId_idx" ON "MeetingAttendance"("meetingId");

-- CreateIndex
CREATE UNIQUE INDEX "MinutesVersion_meetingId_version_key" ON "MinutesVersion"("meetingId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "MinutesApprover_minutesId_userId_key" ON "MinutesApprover"("minutesId", "userId");

-- AddForeignKey
ALTER TABLE "MeetingAttendance" ADD CONSTRAINT "MeetingAttendance_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingAttendance" ADD CONSTRAINT "MeetingAttendance_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingAttendance" ADD CONSTRAINT "MeetingAttendance_forUserId_fkey" FOREIGN KEY ("forUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MinutesVersion" ADD CONSTRAINT "MinutesVersion_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MinutesVersion" ADD CONSTRAINT "MinutesVersion_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MinutesApprover" ADD CONSTRAINT "MinutesApprover_minutesId_fkey" FOREIGN KEY ("minutesId") REFERENCES "MinutesVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MinutesApprover" ADD CONSTRAINT "MinutesApprover_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
