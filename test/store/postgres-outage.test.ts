// Issue 13, faults: the connection to PostgreSQL is lost (here: a proxy between the bot and the
// server is cut). The log says so once, commands are answered that nothing could be stored, and
// when the database is reachable again the bot serves again by itself, with one line saying so.
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { NEW_CASE } from '../support/group.js';
import { onPostgres } from '../support/database.js';
import { tcpProxy, type TcpProxy } from '../support/tcp-proxy.js';
import { createTestBot, snapshot, type TestBot } from '../support/testbot.js';

const SV = 'Jag kan inte spara något just nu, så inget har ändrats. Försök igen om en stund.';

describe.skipIf(!onPostgres)('a lost PostgreSQL connection', () => {
  let tb: TestBot | undefined;
  let proxy: TcpProxy | undefined;
  afterEach(async () => {
    await proxy?.restore();
    await tb?.close();
    await proxy?.close();
  });

  it('is logged once, answered as a storage failure, and the bot serves again when it is back, without a restart', async () => {
    const lines: { msg: string }[] = [];
    const sink = new Writable({ write: (chunk, _, done) => { lines.push(JSON.parse(String(chunk)) as { msg: string }); done(); } });
    const server = new URL(process.env.TEST_DATABASE_URL!);
    proxy = await tcpProxy({ host: server.hostname, port: Number(server.port || 5432) });
    tb = await createTestBot({
      logger: pino({ level: 'info' }, sink),
      via: (url) => {
        const through = new URL(url);
        through.port = String(proxy!.port);
        return through.toString();
      },
    });
    expect(await tb.text(NEW_CASE)).toContain('Konga Bruk');
    await proxy!.cut();
    for (let i = 0; i < 3; i++) expect(await tb.text(`åtgärd ny "Boka lokal ${i}" ansvarig=@anna senast=2026-12-01`)).toBe(SV);
    expect(lines.filter((l) => l.msg === 'database connection lost; retrying')).toHaveLength(1);
    await proxy!.restore();
    await expect.poll(() => lines.some((l) => l.msg === 'database connection restored'), { timeout: 20_000, interval: 250 }).toBe(true);
    expect(await tb.text('åtgärd ny "Boka lokal" ansvarig=@anna senast=2026-12-01')).toContain('Boka lokal');
    expect((await snapshot(tb.db)).Action).toBe(1);
    expect(lines.filter((l) => l.msg === 'database connection lost; retrying')).toHaveLength(1);
  });
});
