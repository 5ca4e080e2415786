// A case has one project leader; leaders are a role several members may have (issue 15, "Words
// and forms"): the creator is the project leader, `ärende visa` names them, a leader hands it on.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setUpGroup } from '../support/group.js';
import { createTestBot, snapshot, type TestBot } from '../support/testbot.js';

describe('the case\'s project leader', () => {
  let tb: TestBot;
  beforeEach(async () => {
    tb = await createTestBot(); // anna: leader (Kommunen, created the case); erik: member (Arbetsförmedlingen); sara: observer (TRR)
    await setUpGroup(tb);
  });
  afterEach(async () => { await tb.close(); });

  const leaderName = async () => {
    const c = await tb.db.case.findFirstOrThrow({ include: { projectLeader: { include: { user: true } } } });
    return c.projectLeader?.user.displayName ?? null;
  };

  it('is the creator, shown on the case card in Swedish and English', async () => {
    expect(await leaderName()).toBe('anna');
    expect(await tb.text('ärende visa')).toContain('Projektledare: anna (Kommunen)');
    expect(await tb.text('case show')).toContain('Project leader: anna (Kommunen)');
  });

  it('a second leader is a leader, not a second project leader; a leader hands the project on, audited', async () => {
    await tb.say('medlem lägg till @erik roll=ledare');
    expect(await tb.text('ärende visa')).toContain('Projektledare: anna (Kommunen)');
    const [posted] = await tb.say('ärende ändra projektledare=@erik');
    expect(posted!.kind).toBe('post');
    expect(posted!.message.text).toBe('anna ändrade ärendet "Konga Bruk konkurs": projektledare från anna (Kommunen) till erik (Arbetsförmedlingen).');
    expect(await leaderName()).toBe('erik');
    expect(await tb.text('ärende visa')).toContain('Projektledare: erik (Arbetsförmedlingen)');
    const entry = await tb.db.auditEntry.findFirstOrThrow({ where: { action: 'case.change' } });
    const ids = await tb.db.member.findMany({ orderBy: { id: 'asc' }, select: { id: true } });
    expect(JSON.parse(entry.data)).toEqual({ changes: { projectLeaderId: { from: ids[0]!.id, to: ids[1]!.id } } });
    const [en] = await tb.say('case change projectleader=@anna');
    expect(en!.message.text).toBe('anna changed the case "Konga Bruk konkurs": project leader from erik (Arbetsförmedlingen) to anna (Kommunen).');
  });

  it('refuses a project leader who is not a leader, and a member changing it, changing nothing', async () => {
    const before = await snapshot(tb.db);
    expect(await tb.text('ärende ändra projektledare=@erik')).toBe('erik är inte ledare i ärendet. Projektledaren är en av ledarna: gör hen till ledare först (`medlem lägg till @namn roll=ledare`). Inget har ändrats.');
    expect(await tb.text('case change projectleader=@sara')).toBe('sara is not a leader in this case. The project leader is one of the leaders: make them a leader first (`member add @name role=leader`). Nothing was changed.');
    expect(await tb.text('@erik ärende ändra projektledare=@erik')).toBe('Det här får bara ledare göra. Inget har ändrats.');
    expect(await tb.text('ärende ändra projektledare=@anna')).toBe('Ärendet har redan de värdena. Inget har ändrats.');
    expect(await snapshot(tb.db)).toEqual(before);
  });

  it('a project leader who steps down as leader is no longer shown as one', async () => {
    await tb.say('medlem lägg till @erik roll=ledare');
    await tb.say('ärende ändra projektledare=@erik');
    await tb.say('medlem lägg till @erik roll=medlem');
    expect(await tb.text('ärende visa')).toContain('Projektledare: –');
  });
});
