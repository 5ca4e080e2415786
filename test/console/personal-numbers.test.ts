// Issue 16: a Swedish personal identity or coordination number is refused in every text the group
// keeps, with an explanation in the user's language, and nothing is stored.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setUpGroup } from '../support/group.js';
import { contents, createTestBot, type TestBot } from '../support/testbot.js';

const PNR = '811218-9876';

// Every command field that keeps free text: the number goes where a careless user would put it.
const LINES = [
  `ärende ny "Uppsägning av ${PNR}" företag="Konga Bruk AB" kommun=Tingsryd berörda=211 typ=konkurs`,
  `ärende ny "Konga Bruk" företag="Konga ${PNR}" kommun=Tingsryd berörda=211 typ=konkurs`,
  `åtgärd ny "Ring ${PNR} om praktik" ansvarig=@erik senast=2026-12-04`,
  `åtgärd ny "Ring om praktik" ansvarig=@erik org="AF ${PNR}" senast=2026-12-04`,
  `åtgärd kommentar 1 "Pratat med 19811218-9876"`,
  `åtgärd ändra 1 "Ring 8112189876"`,
  `omröstning ny "Ska ${PNR} få plats?"`,
  `omröstning ny "Vem får platsen?" alternativ="Anna 811218-9876|Bengt"`,
  `omröstning åtgärd 1 senast=2026-12-15 ansvarig=@erik text="Kontakta ${PNR}"`,
  `dagordning lägg till "Ärendet ${PNR}"`,
  `beslut "${PNR} erbjuds praktik"`,
  `möte ny tisdag 10:00 plats="Hos ${PNR}"`,
  `läge rapportera tillsvidare=80 källa="TRR ${PNR}"`,
  `medlem lägg till @lena org="TRR ${PNR}"`,
  `möte närvaro 1 gäst="Lena Lind ${PNR}, Almi"`,
  `protokoll rätta 1 "Rättelse: ${PNR} var inte där"`,
];

describe('personal identity numbers in the group\'s texts', () => {
  let tb: TestBot;
  beforeEach(async () => {
    tb = await createTestBot();
    await setUpGroup(tb);
    await tb.run(['åtgärd ny "Boka lokal" ansvarig=@erik senast=2026-12-04', 'omröstning ny "Framtidsmässa i mars?"', 'möte ny tisdag 10:00'].join('\n'));
  });
  afterEach(async () => { await tb.close(); });

  it.each(LINES)('refuses %s and stores nothing', async (line) => {
    const before = await contents(tb.db);
    const answer = await tb.text(line);
    expect(answer).toContain('texten innehåller ett personnummer (');
    expect(answer).toContain('Inget har ändrats.');
    expect(answer).not.toContain('9876');
    expect(await contents(tb.db)).toEqual(before);
  });

  it('names a coordination number as such, and explains in English', async () => {
    expect(await tb.text('dagordning lägg till "Samordningsnummer 811278-9873"')).toContain('texten innehåller ett samordningsnummer (811278-****)');
    await tb.db.case.updateMany({ data: { locale: 'en' } });
    const en = await tb.text('agenda add "Item 811218-9876"');
    expect(en).toContain('the text contains a Swedish personal identity number (811218-****)');
    expect(en).toContain('Nothing was changed.');
  });

  it('keeps a text with dates, counts and an organisation number', async () => {
    expect(await tb.text('dagordning lägg till "Konga Bruk AB 556012-5790: 211 berörda den 2026-12-05"')).not.toContain('personnummer');
    expect(await tb.db.agendaItem.count()).toBe(1);
  });
});
