// Who may run the poll, meeting, agenda, decision and minutes commands: every command × (non-member,
// observer, member, leader) → allowed or refused, with the database unchanged on a refusal.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { groupBot } from '../support/group.js';
import { snapshot, type TestBot } from '../support/testbot.js';

type Needed = 'observer' | 'member' | 'leader';

// In running order: what an allowed run changes is what the later lines expect.
const MATRIX: [line: string, needed: Needed, firstAllowed: string][] = [
  // firstAllowed: a part of the answer to the least privileged role allowed (later runs may meet changed state).
  ['omröstning visa 1', 'observer', '*Omröstning #1: Mässa?*'],
  ['omröstning lista', 'observer', '*Omröstningar*'],
  ['omröstning ny "Studiebesök?"', 'member', 'startade omröstning #3'],
  ['rösta 1 Ja', 'member', 'Din röst på "Ja"'],
  ['omröstning stäng 1', 'leader', 'är stängd. Resultat:'],
  ['omröstning åtgärd 2 senast=2026-12-15', 'member', 'Åtgärd #1 från omröstning #2'],
  ['möte visa', 'observer', '*Möte #1:'],
  ['möte ny 2026-12-08 10:00', 'member', 'kallade till möte #2'],
  ['dagordning visa', 'observer', '*Dagordning för möte #1'],
  ['dagordning lägg till "Jobbklubb"', 'member', 'lade till punkt #3'],
  ['dagordning flytta 1 2', 'member', 'Punkt #1 står nu på plats 2.'],
  ['dagordning klar 1', 'member', 'Punkt #1 är behandlad vid möte #1'],
  ['dagordning ta bort 2', 'member', 'tog bort punkt #2'],
  ['dagordning skicka', 'leader', 'skickades till 4 medlemmar'],
  ['beslut "Vi ordnar en jobbklubb"', 'member', 'Beslut vid möte #1'],
  ['protokoll', 'observer', '# Minnesanteckningar'],
  ['export protokoll', 'observer', '# Minnesanteckningar'],
];

const ROLES = [['nisse', 'none'], ['olle', 'observer'], ['erik', 'member'], ['anna', 'leader']] as const;
const RANK = { none: 0, observer: 1, member: 2, leader: 3 };
const REFUSAL: Record<Needed, string> = {
  observer: 'Det här får bara observatörer och medlemmar göra. Inget har ändrats.',
  member: 'Det här får bara medlemmar göra. Inget har ändrats.',
  leader: 'Det här får bara projektledare göra. Inget har ändrats.',
};
const NOT_MEMBER = 'Du är inte medlem i samverkansgruppen för Konga Bruk konkurs. Be projektledaren lägga till dig. Inget har ändrats.';

describe('permissions of the poll, meeting and agenda commands', () => {
  let tb: TestBot;
  beforeAll(async () => {
    ({ tb } = await groupBot());
    await tb.run([
      'möte ny tisdag 10:00',
      '@erik dagordning lägg till "Framtidsmässa"',
      '@erik dagordning lägg till "Lägesrapport"',
      'omröstning ny "Mässa?"',
      'omröstning ny "Jobbklubb?"',
      '@erik rösta 2 Ja',
      'omröstning stäng 2',
    ].join('\n'));
  });
  afterAll(async () => { await tb.close(); });

  for (const [line, needed, firstAllowed] of MATRIX) {
    it(`${line}: ${needed === 'observer' ? 'everyone in the group' : needed === 'member' ? 'members and leaders' : 'leaders only'}`, async () => {
      for (const [name, role] of ROLES) {
        const before = await snapshot(tb.db);
        const answer = await tb.text(`@${name} ${line}`);
        if (RANK[role] === RANK[needed]) expect(answer, `${name} (${role})`).toContain(firstAllowed);
        if (RANK[role] >= RANK[needed]) {
          expect(answer, `${name} (${role})`).not.toBe(NOT_MEMBER);
          expect(Object.values(REFUSAL), `${name} (${role}): ${answer}`).not.toContain(answer);
        } else {
          expect(answer, `${name} (${role})`).toBe(role === 'none' ? NOT_MEMBER : REFUSAL[needed]);
          expect(await snapshot(tb.db), `${name} (${role})`).toEqual(before);
        }
      }
    });
  }
});
