// Slack retries an event it thinks was not received (X-Slack-Retry-Num), with the same event_id,
// and a signed request can be replayed within its five minutes; Bolt deduplicates neither. Each
// delivery's key (event_id, or the unique trigger_id of a command, click or submission) is
// recorded once it has been acknowledged — the acknowledgement never waits for the database —
// and a repeat is dropped. A crash between recording and handling loses that one request rather
// than running it twice; its user never got an answer, so nothing they were told is lost.
import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import { repeatedDelivery } from '../../src/store/processed-events.js';
import { SLACK } from './platform.js';
import type { SlackRuntime } from './runtime.js';

function deliveryKey(body: Record<string, unknown>): string | undefined {
  if (body.type === 'event_callback' && typeof body.event_id === 'string') return body.event_id;
  if (typeof body.trigger_id === 'string') return `trigger:${body.trigger_id}`;
  return undefined;
}

/** Whether this delivery was handled before; call it after the ack. */
export async function repeated(rt: SlackRuntime, body: object, retryNum?: number): Promise<boolean> {
  const key = deliveryKey(body as Record<string, unknown>);
  return key !== undefined && repeatedDelivery(rt.db, SLACK, key, rt.clock.now(), rt.logger, { retryNum });
}

/** Events API deliveries, which Bolt has acknowledged before any middleware runs. */
export function dedupeEvents(rt: SlackRuntime): Middleware<AnyMiddlewareArgs> {
  return async (args) => {
    if ((args.body as { type?: string }).type === 'event_callback' && (await repeated(rt, args.body, args.context.retryNum))) return;
    await args.next();
  };
}
