-- CreateIndex
CREATE INDEX "Action_decisionId_idx" ON "Action"("decisionId");

-- CreateIndex
CREATE INDEX "ActionComment_actionId_idx" ON "ActionComment"("actionId");

-- CreateIndex
CREATE INDEX "ProcessedEvent_receivedAt_idx" ON "ProcessedEvent"("receivedAt");
