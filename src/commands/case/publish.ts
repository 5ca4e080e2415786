import { z } from 'zod';
import { textMessage } from '../../core/message.js';
import { newSlug, publicPath } from '../../domain/publication.js';
import { joinRich, type RichText } from '../../text/rich.js';
import { audit } from '../../store/audit.js';
import { publicationOf, type CasePublication } from '../../store/publications.js';
import { choice, text } from '../args.js';
import { requireCase, UserError, type CommandContext } from '../context.js';
import { defineCommand } from '../spec.js';

/** The page's address as people outside reach it. */
export function publicUrl(ctx: CommandContext, slug: string): string {
  return ctx.publicBaseUrl + publicPath(slug, 'page');
}

function statusText(ctx: CommandContext, pub: CasePublication | null): RichText {
  const unset = ctx.t('publication.unset');
  return joinRich([
    pub?.published ? ctx.t('publication.status_on', { url: publicUrl(ctx, pub.slug) }) : ctx.t('publication.status_off'),
    ctx.t('publication.description', { text: pub?.description ?? unset }),
    ctx.t('publication.contact', { text: pub?.contact ?? unset }),
  ], '\n');
}

// The group's public page: off until a leader turns it on, and only with what the group chose
// to publish (services/public-page.ts). Turning it off removes everything from the address at
// once; turning it on again keeps the address (`ärende publicera ny-adress` changes it).
export const casePublish = defineCommand({
  id: 'case_publish',
  words: { sv: 'ärende publicera', en: 'case publish' },
  role: 'leader',
  fields: {
    state: { sv: 'status', en: 'status' },
    description: { sv: 'beskrivning', en: 'description' },
    contact: { sv: 'kontakt', en: 'contact' },
  },
  positional: ['state'],
  schema: () => z.object({
    state: choice({ on: ['på', 'on', 'pa'], off: ['av', 'off'] }).optional(),
    description: text(1000).optional(),
    contact: text(200).optional(),
  }),
  async handler(ctx, { state, description, contact }) {
    const c = requireCase(ctx);
    if (!state && description === undefined && contact === undefined) {
      ctx.reply(textMessage(statusText(ctx, await publicationOf(ctx.db, c.id))));
      return;
    }
    await ctx.write(async (tx) => {
      const now = ctx.clock.now();
      const before = await publicationOf(tx, c.id);
      const texts = description !== undefined || contact !== undefined;
      if (state === 'off' && !before?.published) throw new UserError('publication.already_off');
      if (state === 'on' && before?.published && !texts) throw new UserError('publication.already_on', { url: publicUrl(ctx, before.slug) });
      const changes = { ...(description !== undefined ? { description } : {}), ...(contact !== undefined ? { contact } : {}) };
      const pub = before
        ? await tx.casePublication.update({ where: { id: before.id }, data: { ...changes, ...(state ? { published: state === 'on' } : {}), updatedAt: now } })
        : await tx.casePublication.create({ data: { caseId: c.id, slug: newSlug(), published: state === 'on', ...changes, createdAt: now, updatedAt: now } });
      const entry = { at: now, caseId: c.id, actorId: ctx.user.id, entity: 'CasePublication', entityId: pub.id };
      const lines: RichText[] = [];
      if (texts) {
        await audit(tx, { ...entry, action: 'case.publish_texts', data: changes });
        lines.push(ctx.t('publication.texts_set', { actor: ctx.user.displayName }));
      }
      if (state && pub.published !== (before?.published ?? false)) {
        await audit(tx, { ...entry, action: pub.published ? 'case.publish' : 'case.unpublish' });
        lines.push(pub.published ? ctx.t('publication.on', { actor: ctx.user.displayName, url: publicUrl(ctx, pub.slug) }) : ctx.t('publication.off', { actor: ctx.user.displayName }));
      }
      ctx.post(textMessage(joinRich(lines, '\n')));
    });
  },
});

// A new address for the page, when the old one went where it should not: the old one then
// answers as an unknown address does.
export const casePublishAddress = defineCommand({
  id: 'case_publish_address',
  words: { sv: 'ärende publicera ny-adress', en: 'case publish new-address' },
  aliases: ['ärende publicera ny adress', 'case publish new address'],
  role: 'leader',
  schema: () => z.object({}),
  async handler(ctx) {
    const c = requireCase(ctx);
    await ctx.write(async (tx) => {
      const before = await publicationOf(tx, c.id);
      if (!before) throw new UserError('publication.none');
      const pub = await tx.casePublication.update({ where: { id: before.id }, data: { slug: newSlug(), updatedAt: ctx.clock.now() } });
      await audit(tx, { at: ctx.clock.now(), caseId: c.id, actorId: ctx.user.id, action: 'case.publish_address', entity: 'CasePublication', entityId: pub.id });
      if (pub.published) ctx.post(textMessage(ctx.t('publication.new_address', { actor: ctx.user.displayName, url: publicUrl(ctx, pub.slug) })));
      else ctx.reply(textMessage(ctx.t('publication.new_address_unpublished')));
    });
  },
});
