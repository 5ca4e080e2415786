// Slack retries an event it thinks was not received (X-Slack-Retry-Num), with the same event_id;
// Bolt does not deduplicate. Every delivery's key is recorded before it is handled and a repeat
// is acknowledged and dropped. Slash commands and interactions carry a unique trigger_id instead.
// A crash between recording and handling loses that one request rather than running it twice.
import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import { firstDelivery } from '../../src/store/processed-events.js';
import { SLACK } from './platform.js';
import type { SlackRuntime } from './runtime.js';

function deliveryKey(body: Record<string, unknown>): string | undefined {
  if (body.type === 'event_callback' && typeof body.event_id === 'string') return body.event_id;
  if (typeof body.trigger_id === 'string') return `trigger:${body.trigger_id}`;
  return undefined;
}

export function dedupe(rt: SlackRuntime): Middleware<AnyMiddlewareArgs> {
  return async (args) => {
    const key = deliveryKey(args.body as unknown as Record<string, unknown>);
    if (key && !(await firstDelivery(rt.db, `${SLACK}:${key}`, rt.clock.now()))) {
      rt.logger.info({ platform: SLACK, key, retryNum: args.context.retryNum }, 'repeated delivery ignored');
      if ('ack' in args && typeof args.ack === 'function') await args.ack();
      return;
    }
    await args.next();
  };
}
