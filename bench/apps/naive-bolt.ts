// The naive Bolt app: acknowledge, one Prisma query on the project's schema and client, and the
// answer posted to response_url, as a first version of any bot would do it.
//   DATABASE_URL=file:/tmp/x.db PORT=… node --import tsx bench/apps/naive-bolt.ts
import { openDb } from '../../src/store/client.js';
import { migrate } from '../../src/store/migrations.js';
import { serveBoltApp } from '../support/bolt-app.js';

const url = process.env.DATABASE_URL!;
await migrate(url);
const db = await openDb(url);
// The channel the load generator types in, so the query finds a case as the bot's does.
const channelId = process.env.BENCH_CHANNEL!;
if (!(await db.channelLink.findFirst({ where: { platform: 'slack', channelId } }))) {
  const createdAt = new Date();
  await db.case.create({
    data: {
      title: 'Konga Bruk konkurs', company: 'Konga Bruk AB', municipality: 'Tingsryd', kind: 'konkurs', affected: 211, createdAt,
      channels: { create: { platform: 'slack', channelId, createdAt } },
    },
  });
}

await serveBoltApp(async ({ ack, command }) => {
  await ack();
  const found = await db.case.findFirst({ where: { channels: { some: { platform: 'slack', channelId: command.channel_id } } } });
  await fetch(command.response_url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ response_type: 'ephemeral', text: found ? `${found.title}: ${found.affected} berörda` : 'Inget ärende här.' }),
  });
});
