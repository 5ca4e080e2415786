// The bare Bolt app: its slash command listener only acknowledges.
import { serveBoltApp } from '../support/bolt-app.js';

await serveBoltApp(async ({ ack }) => {
  await ack();
});
