// The Slack adapter over signed HTTP on loopback: how long from Slack's request until the answer
// has reached the (fake) response_url, the ack included. Slack wants the ack within 3 s; the ack
// comes before the work (test/adapters/slack/buttons.test.ts shows it with a slow command).
// Run with `npm run bench`; goals live here, never in unit tests.
import { afterAll, bench, describe } from 'vitest';
import { createSlackHarness } from '../test/support/slack-harness.js';

// Set up at module load: vitest's bench mode does not run beforeAll hooks before async benches.
const h = await createSlackHarness();
await h.run('ärende ny "Konga Bruk konkurs" företag="Konga Bruk AB" kommun=Tingsryd berörda=211 typ=konkurs');

describe('Slack adapter', () => {
  afterAll(async () => { await h.close(); });

  bench('slash command: request → answer posted to response_url (ack, core, Block Kit, delivery)', async () => {
    await h.run('ärende visa');
  });
});
