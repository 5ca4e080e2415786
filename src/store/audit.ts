import type { Tx } from './client.js';

export interface AuditInput {
  /** When it happened, from the bot's clock. */
  at: Date;
  caseId?: number | null;
  actorId?: number | null;
  action: string;
  entity: string;
  entityId?: number | null;
  data?: unknown;
}

/** Records a change; call it inside the transaction that makes the change. */
export async function audit(tx: Tx, entry: AuditInput): Promise<void> {
  await tx.auditEntry.create({
    data: {
      caseId: entry.caseId ?? null,
      actorId: entry.actorId ?? null,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId ?? null,
      data: JSON.stringify(entry.data ?? {}),
      createdAt: entry.at,
    },
  });
}
