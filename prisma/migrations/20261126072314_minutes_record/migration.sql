-- CreateTable
CREATE TABLE "MeetingAttendance" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "meetingId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "userId" INTEGER,
    "forUserId" INTEGER,
    "name" TEXT,
    "organisation" TEXT,
    "createdAt" DATETIME NOT NULL,
    CONSTRAINT "MeetingAttendance_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "MeetingAttendance_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "MeetingAttendance_forUserId_fkey" FOREIGN KEY ("forUserId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MinutesVersion" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "meetingId" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "correction" TEXT,
    "snapshot" TEXT,
    "approvedAt" DATETIME,
    "createdById" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL,
    CONSTRAINT "MinutesVersion_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "MinutesVersion_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MinutesApprover" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "minutesId" INTEGER NOT NULL,
    "userId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "approvedAt" DATETIME,
    CONSTRAINT "MinutesApprover_minutesId_fkey" FOREIGN KEY ("minutesId") REFERENCES "MinutesVersion" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "MinutesApprover_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "MeetingAttendance_meetingId_idx" ON "MeetingAttendance"("meetingId");

-- CreateIndex
CREATE UNIQUE INDEX "MinutesVersion_meetingId_version_key" ON "MinutesVersion"("meetingId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "MinutesApprover_minutesId_userId_key" ON "MinutesApprover"("minutesId", "userId");
