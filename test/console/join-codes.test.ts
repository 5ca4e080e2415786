// Issue 10, part 2: a join code links a channel and never makes a member. Codes are made by a
// leader on demand, shown only to that leader, used once, expire, can be revoked and are limited
// against guessing; the person linking waits — with the channel — for a leader's approval.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ConsoleOutput } from '../../adapters/console/session.js';
import { joinCodeHash } from '../../src/domain/join-codes.js';
import { codeIn, joinWithCode, newCode, setUpGroup } from '../support/group.js';
import { contents, createTestBot, type TestBot } from '../support/testbot.js';

const HOUR = 60 * 60 * 1000;
const channelsOf = (outputs: ConsoleOutput[]) => outputs.flatMap((o) => (o.kind === 'post' ? [o.channel] : []));
const linkResults = async (tb: TestBot) => (await tb.db.auditEntry.findMany({ where: { action: 'case.link' }, orderBy: { id: 'asc' } })).map((a) => ({ caseId: a.caseId, ...JSON.parse(a.data) }));

describe('join codes', () => {
  let tb: TestBot;
  beforeEach(async () => {
    tb = await createTestBot();
    await setUpGroup(tb);
  });
  afterEach(async () => { await tb.close(); });

  /** `who` types `ärende koppla <code>` in `channel`; the session is back in #samverkan afterwards. */
  async function link(who: string, channel: string, code: string): Promise<ConsoleOutput[]> {
    await tb.say(`#${channel}`);
    const outputs = await tb.say(`@${who} ärende koppla ${code}`);
    await tb.say('#samverkan');
    return outputs;
  }

  it('shows a code only to the leader who asked, by direct message: never posted, never in ärende visa, stored as a keyed hash', async () => {
    const created = await tb.db.auditEntry.findFirstOrThrow({ where: { action: 'case.create' } });
    expect(created.data).not.toMatch(/[A-Z0-9]{6}/);
    const outputs = await tb.say('ärende kod');
    expect(outputs.map((o) => [o.kind, o.kind === 'post' ? o.channel : o.to])).toEqual([['dm', 'anna'], ['reply', 'anna']]);
    const code = codeIn(outputs[0]!.message.text);
    expect(code).toMatch(/^[A-HJKMNP-Z2-9]{5}-[A-HJKMNP-Z2-9]{5}$/);
    expect(outputs[1]!.message.text).toBe('Koden är skickad till dig som direktmeddelande.');
    for (const who of ['anna', 'erik', 'sara']) expect(await tb.text(`@${who} ärende visa`)).not.toMatch(/kod/i);
    for (const who of ['erik', 'sara']) expect(await tb.text(`@${who} ärende kod`)).toBe('Det här får bara ledare göra. Inget har ändrats.');
    // Nothing in the database shows the code; its row holds a hash keyed with the bot's secret.
    const plain = code.replace('-', '');
    expect(JSON.stringify(await contents(tb.db))).not.toContain(plain);
    expect((await tb.db.joinCode.findFirstOrThrow()).codeHash).toBe(joinCodeHash(tb.ballotSecret, plain));
  });

  it('tells the creator of a new case how to make a code, without one', async () => {
    await tb.say('#ny');
    const [post] = await tb.say('ärende ny "Ny" företag=F kommun=K berörda=10 typ=varsel');
    expect(post!.kind).toBe('post');
    expect(post!.message.text).toContain('`ärende kod`');
    expect(post!.message.text).not.toMatch(/[A-Z0-9]{5}-?[A-Z0-9]{5}/);
  });

  it('lets a stranger with a code link a channel that gets nothing, and see nothing, until a leader approves', async () => {
    await tb.say('medlem lägg till @lars org=Kommunen roll=ledare');
    const code = await newCode(tb);
    const linked = await link('bengt', 'bengts-kanal', code.toLowerCase().replace('-', ''));
    expect(linked.map((o) => [o.kind, o.kind === 'post' ? o.channel : o.to])).toEqual([['dm', 'anna'], ['dm', 'lars'], ['reply', 'bengt']]);
    expect(linked.at(-1)!.message.text).toContain('Din förfrågan är skickad till ledarna för "Konga Bruk konkurs"');
    const card = linked[1]!.message.card!;
    expect(card.sections[0]!.buttons!.map((b) => [b.label, b.command])).toEqual([['Godkänn', 'medlem godkänn @bengt'], ['Avböj', 'medlem avböj @bengt']]);
    expect(card.sections[0]!.text).toContain('bengt (konsolen) kopplade konsolen #bengts-kanal med en kod från anna');
    expect(await tb.db.channelLink.findFirstOrThrow({ where: { channelId: 'bengts-kanal' } })).toMatchObject({ status: 'pending' });
    expect(await tb.db.member.count({ where: { user: { externalId: 'bengt' } } })).toBe(0);

    // bengt sees nothing, in his channel or in the case's; the case's posts do not reach his channel.
    await tb.say('#bengts-kanal');
    expect(await tb.text('@bengt ärende visa')).toContain('väntar på att en ledare godkänner');
    expect(await tb.text('@bengt åtgärd lista')).toContain('väntar på att en ledare godkänner');
    await tb.say('#samverkan');
    expect(await tb.text('@bengt ärende visa')).toContain('Du är inte medlem');
    expect(channelsOf(await tb.say('åtgärd ny "Boka lokal" ansvarig=@erik senast=fredag'))).toEqual(['samverkan']);
    expect(await tb.text('ärende visa')).toContain('Kanaler: 1');
    expect(await tb.text('ärende kanaler')).toContain('2. konsolen #bengts-kanal – väntar på godkännande (bengt)');

    const approved = await tb.say('medlem godkänn @bengt org="IF Metall"');
    expect(channelsOf(approved)).toEqual(['samverkan', 'bengts-kanal']);
    expect(approved[0]!.message.text).toBe('anna godkände bengt (IF Metall) som medlem. konsolen #bengts-kanal är nu kopplad till ärendet "Konga Bruk konkurs" och får inläggen.');
    await tb.say('#bengts-kanal');
    expect(await tb.text('@bengt ärende visa')).toContain('Kanaler: 2');
    expect(channelsOf(await tb.say('@bengt åtgärd ny "Ring TRR" ansvarig=@bengt senast=fredag'))).toEqual(['samverkan', 'bengts-kanal']);
    const audit = await tb.db.auditEntry.findFirstOrThrow({ where: { action: 'member.approve' } });
    expect(JSON.parse(audit.data)).toMatchObject({ role: 'member' });
    expect(await tb.text('medlem godkänn @bengt')).toBe('bengt har ingen förfrågan som väntar på dig. Inget har ändrats.');
  });

  it('approves from the card a leader got by direct message', async () => {
    const [dm] = await link('bengt', 'bengts-kanal', await newCode(tb));
    const click = dm!.message.card!.sections[0]!.buttons![0]!.command;
    const outputs = await tb.handle({ platform: 'console', user: { id: 'anna', name: 'anna' }, channel: { id: 'anna-dm', direct: true }, text: click, clicked: true });
    expect(outputs.map((o) => [o.kind, 'channelId' in o ? o.channelId : undefined])).toEqual([['post', 'samverkan'], ['post', 'bengts-kanal'], ['reply', undefined]]);
    expect(await tb.db.member.findFirst({ where: { user: { externalId: 'bengt' }, removedAt: null } })).toMatchObject({ role: 'member' });
    // A non-leader's click in a direct conversation finds nothing to decide.
    const [refused] = await tb.bot.handle({ platform: 'console', user: { id: 'erik', name: 'erik' }, channel: { id: 'erik-dm', direct: true }, text: 'medlem avböj @bengt' });
    expect(refused!.message.text).toBe('bengt har ingen förfrågan som väntar på dig. Inget har ändrats.');
  });

  it('declines: the pending link and the request are gone, the channel got nothing and is free again', async () => {
    const linked = await link('bengt', 'bengts-kanal', await newCode(tb));
    const declined = await tb.say('medlem avböj @bengt');
    expect(declined.map((o) => [o.kind, o.kind === 'post' ? o.channel : o.to])).toEqual([['dm', 'bengt'], ['reply', 'anna']]);
    expect(declined[0]!.message.text).toBe('En ledare för "Konga Bruk konkurs" avböjde din förfrågan. konsolen #bengts-kanal är inte kopplad till ärendet.');
    expect(channelsOf([...linked, ...declined])).toEqual([]);
    expect(await tb.db.channelLink.count({ where: { channelId: 'bengts-kanal' } })).toBe(0);
    expect(await tb.db.member.count({ where: { user: { externalId: 'bengt' } } })).toBe(0);
    await tb.say('#bengts-kanal');
    expect(await tb.text('@bengt ärende visa')).toContain('hör inte till något ärende');
    expect((await tb.db.auditEntry.findMany({ where: { action: { in: ['case.link', 'member.decline'] } } })).map((a) => a.action)).toEqual(['case.link', 'member.decline']);
  });

  it('refuses a removed member who comes back with a code; a leader adds them again instead', async () => {
    await tb.run('medlem lägg till @bengt org=Företaget roll=observatör\nmedlem ta bort @bengt');
    const code = await newCode(tb);
    const before = await tb.db.channelLink.count();
    const [refused, ...more] = await link('bengt', 'annan', code);
    expect(more).toEqual([]);
    expect(refused!.message.text).toBe('Du har tagits bort ur samverkansgruppen för "Konga Bruk konkurs" och kan inte komma tillbaka med en kod. En ledare kan lägga till dig igen med `medlem lägg till`. Inget har ändrats.');
    expect(await tb.db.channelLink.count()).toBe(before);
    expect(await tb.db.member.findFirstOrThrow({ where: { user: { externalId: 'bengt' } } })).toMatchObject({ removedAt: expect.any(Date) });
    expect((await linkResults(tb)).at(-1)).toMatchObject({ result: 'removed', channelId: 'annan' });
    expect(await tb.text('medlem lägg till @bengt org=Företaget roll=observatör')).toBe('anna lade till bengt (Företaget) som observatör.');
  });

  it('links an active member\'s channel at once, but an observer\'s waits for approval', async () => {
    const [post, ...rest] = await link('erik', 'af-kanal', await newCode(tb));
    expect([post!.kind, rest.length]).toEqual(['post', 1]);
    expect(channelsOf([post!, ...rest])).toEqual(['samverkan', 'af-kanal']);
    const waiting = await link('sara', 'trr-kanal', await newCode(tb));
    expect(waiting.map((o) => o.kind)).toEqual(['dm', 'reply']);
    expect((await tb.db.channelLink.findMany({ orderBy: { id: 'asc' } })).map((l) => [l.channelId, l.status])).toEqual([['samverkan', 'active'], ['af-kanal', 'active'], ['trr-kanal', 'pending']]);
    // Approving an observer keeps her role unless the leader gives one.
    expect(await tb.text('medlem godkänn @sara')).toContain('anna godkände sara (TRR) som observatör.');
  });

  it('refuses an expired code, a used one and a revoked one, and says which in the audit', async () => {
    const used = await newCode(tb);
    const revoked = await newCode(tb);
    await newCode(tb);
    await link('bengt', 'b1', used);
    expect(await tb.text('ärende kod återkalla')).toBe('2 öppna koder är återkallade och går inte längre att använda.');
    expect(await tb.text('ärende kod återkalla')).toBe('Ärendet har inga öppna koder. Inget har ändrats.');
    const spent = 'Den koden gäller inte längre: en kod fungerar en gång och en begränsad tid, och den kan återkallas. Be en ledare om en ny. Inget har ändrats.';
    for (const code of [used, revoked]) expect((await link('olle', 'o1', code))[0]!.message.text).toBe(spent);

    const expiring = await newCode(tb);
    const longer = await newCode(tb, { line: 'ärende kod giltig=48' });
    tb.clock.set(new Date(tb.clock.now().getTime() + 25 * HOUR));
    expect((await link('olle', 'o1', expiring))[0]!.message.text).toBe(spent);
    expect((await link('olle', 'o1', longer)).at(-1)!.message.text).toContain('Din förfrågan är skickad');
    expect((await linkResults(tb)).map((r) => [r.result, r.why])).toEqual([['pending', undefined], ['spent', 'used'], ['spent', 'revoked'], ['spent', 'expired'], ['pending', undefined]]);
    expect((await tb.db.joinCode.findMany({ orderBy: { id: 'asc' } })).map((c) => [c.usedAt !== null, c.revokedAt !== null])).toEqual([[true, false], [false, true], [false, true], [false, false], [true, false]]);
  });

  it('refuses a code of a case that has been closed since', async () => {
    const code = await newCode(tb);
    await tb.say('ärende stäng');
    expect((await link('olle', 'o1', code))[0]!.message.text).toContain('Den koden gäller inte längre');
    expect((await linkResults(tb)).map((r) => [r.result, r.why])).toEqual([['spent', 'case_closed']]);
    expect(await tb.text('ärende kod')).toBe('Ärendet Konga Bruk konkurs är stängt. Inget har ändrats.');
  });

  it('limits failed attempts per user: after five within an hour the sixth is refused for an hour, every attempt audited', async () => {
    const code = await newCode(tb);
    for (let i = 0; i < 5; i++) {
      const [answer] = await link('nils', `n${i}`, 'ABCDE-FGHJK');
      expect(answer!.message.text).toBe('Den koden finns inte. Kontrollera den, eller be en ledare om en ny. Inget har ändrats.');
      tb.clock.set(new Date(tb.clock.now().getTime() + 60_000));
    }
    const [limited] = await link('nils', 'n9', code);
    expect(limited!.message.text).toBe('För många koder som inte gällde, från dig eller i den här kanalen. Försök igen efter måndag 2026-11-23 kl. 10:04. Inget har ändrats.');
    expect(await tb.db.channelLink.count({ where: { channelId: 'n9' } })).toBe(0);
    // Someone else, in another channel, is not held up by nils.
    expect((await link('olle', 'o1', code)).at(-1)!.message.text).toContain('Din förfrågan är skickad');
    const results = await linkResults(tb);
    expect(results.map((r) => [r.caseId, r.result, r.channelId])).toEqual([
      ...[0, 1, 2, 3, 4].map((i) => [null, 'unknown_code', `n${i}`]), [null, 'limited', 'n9'], [1, 'pending', 'o1'],
    ]);
    expect(await tb.db.linkFailure.count()).toBe(5);
    // An hour after the fifth failure nils may try again.
    tb.clock.set(new Date('2026-11-23T09:05:00Z'));
    expect((await link('nils', 'n9', await newCode(tb))).at(-1)!.message.text).toContain('Din förfrågan är skickad');
  });

  it('limits failed attempts per channel, whoever makes them', async () => {
    for (const who of ['p1', 'p2', 'p3', 'p4', 'p5']) await link(who, 'lobby', 'ABCDE-FGHJK');
    const code = await newCode(tb);
    expect((await link('p6', 'lobby', code))[0]!.message.text).toContain('För många koder som inte gällde');
    expect((await link('p6', 'eget', code)).at(-1)!.message.text).toContain('Din förfrågan är skickad');
  });

  it('does not count a badly formed code as an attempt: it is bad input and changes nothing', async () => {
    const before = await contents(tb.db);
    await tb.say('#x');
    expect(await tb.text('@nils ärende koppla K7QF2M')).toBe('Fel i kod: en kopplingskod har tio tecken, till exempel K7QF2-MH4XA (en ledare skapar en med `ärende kod`), inte "K7QF2M". Inget har ändrats.\nSå här: ärende koppla <kod>');
    expect(await contents(tb.db)).toEqual(before);
  });
});

describe('linked channels', () => {
  let tb: TestBot;
  beforeEach(async () => {
    tb = await createTestBot();
    await setUpGroup(tb);
    await joinWithCode(tb, 'bengt', 'bengts-kanal', 'org="IF Metall"');
  });
  afterEach(async () => { await tb.close(); });

  it('lists the channels, numbered, and unlinks one: it gets a last message and nothing after it, not even the digest', async () => {
    await tb.say('#väntar');
    await tb.say(`@olle ärende koppla ${await newCode(tb)}`);
    await tb.say('#samverkan');
    expect(await tb.text('ärende kanaler')).toBe([
      '*Kanaler för Konga Bruk konkurs: 3*',
      '1. konsolen #samverkan',
      '2. konsolen #bengts-kanal',
      '3. konsolen #väntar – väntar på godkännande (olle)',
      'Koppla loss en kanal med `ärende koppla loss <nr>`. En kod för en ny kanal: `ärende kod`.',
    ].join('\n'));
    expect(await tb.text('@erik ärende kanaler')).toBe('Det här får bara ledare göra. Inget har ändrats.');
    expect(await tb.text('ärende koppla loss 3')).toBe('Kanal 3 väntar på godkännande. Avböj förfrågan med `medlem avböj @olle`. Inget har ändrats.');
    expect(await tb.text('ärende koppla loss 4')).toBe('Ärendet har ingen kanal 4; `ärende kanaler` listar dem. Inget har ändrats.');

    await tb.say('omröstning ny "Mässa i mars?"');
    const unlinked = await tb.say('ärende koppla loss 2');
    const lastRow = (await tb.db.outboxMessage.findFirstOrThrow({ orderBy: { id: 'desc' } })).id;
    expect(unlinked.map((o) => [o.kind === 'post' && o.channel, o.message.text])).toEqual([
      ['samverkan', 'anna kopplade loss konsolen #bengts-kanal från ärendet. Den får inga fler inlägg; ingen har förlorat sitt medlemskap.'],
      ['bengts-kanal', 'anna kopplade loss den här kanalen från ärendet "Konga Bruk konkurs". Inget mer från ärendet visas här.'],
    ]);
    expect(await tb.db.postedMessage.count({ where: { channelId: 'bengts-kanal' } })).toBe(0);
    expect(await tb.db.member.findFirstOrThrow({ where: { user: { externalId: 'bengt' } } })).toMatchObject({ removedAt: null });

    // Nothing after it: posts, a vote's card, the scheduler's digest on Monday.
    const after = [
      ...(await tb.say('åtgärd ny "Boka lokal" ansvarig=@bengt senast=fredag')),
      ...(await tb.say('@bengt rösta 1 Ja')),
      ...(await tb.say(':clock 2026-11-30T08:05')),
    ];
    expect(after.some((o) => o.kind === 'post' && o.message.text.includes('Veckosammanfattning'))).toBe(true);
    expect(channelsOf(after)).not.toContain('bengts-kanal');
    expect(await tb.db.outboxMessage.count({ where: { target: 'bengts-kanal', id: { gt: lastRow } } })).toBe(0);
    await tb.say('#bengts-kanal');
    expect(await tb.text('@bengt ärende visa')).toContain('hör inte till något ärende');
    await tb.say('#samverkan');
    expect(await tb.text('ärende koppla loss 1')).toBe('konsolen #samverkan är ärendets enda kanal och kan inte kopplas loss. Inget har ändrats.');
    expect(JSON.parse((await tb.db.auditEntry.findFirstOrThrow({ where: { action: 'case.unlink' } })).data)).toEqual({ platform: 'console', channelId: 'bengts-kanal', name: 'bengts-kanal' });
  });

  it('unlinks the channel the leader types in, and posts the news to the others', async () => {
    await tb.say('#bengts-kanal');
    const unlinked = await tb.say('ärende koppla loss 2');
    const lastRow = (await tb.db.outboxMessage.findFirstOrThrow({ orderBy: { id: 'desc' } })).id;
    expect(channelsOf(unlinked)).toEqual(['samverkan', 'bengts-kanal']);
  });

  it('stops posts that the scheduler queued for the channel before it was unlinked', async () => {
    const theCase = await tb.db.case.findFirstOrThrow();
    await tb.db.outboxMessage.create({ data: { caseId: theCase.id, dedupeKey: 'test#0', platform: 'console', kind: 'post', target: 'bengts-kanal', payload: JSON.stringify({ message: { text: 'köad' } }), createdAt: tb.clock.now(), nextAttemptAt: tb.clock.now() } });
    await tb.say('ärende koppla loss 2');
    expect(await tb.db.outboxMessage.findUniqueOrThrow({ where: { dedupeKey: 'test#0' } })).toMatchObject({ status: 'failed', lastError: 'channel unlinked' });
  });
});
