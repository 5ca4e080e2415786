// Where OAuth installations of the Slack app live: our database, one row per workspace (or
// organisation, for an org-wide install). The installation Bolt hands over, tokens included, is
// stored only sealed (AES-256-GCM under SLACK_TOKEN_KEY, the row's install key as associated data),
// so that a copy of the database holds no usable token.
import type { Installation, InstallationQuery, InstallationStore } from '@slack/bolt';
import type { Clock } from '../../src/clock.js';
import { seal, unseal } from '../../src/domain/aead.js';
import type { Db } from '../../src/store/client.js';

const KEY_BYTES = 32;

/** SLACK_TOKEN_KEY: 32 random bytes, base64 (`openssl rand -base64 32`). */
export function tokenKey(base64: string | undefined): Buffer {
  const key = Buffer.from(base64 ?? '', 'base64');
  if (key.length !== KEY_BYTES) throw new Error('SLACK_TOKEN_KEY must be 32 bytes in base64 (openssl rand -base64 32)');
  return key;
}

/** What a request or a delivery is authorized by: the enterprise of an org-wide install, else the team. */
function installKeyOf(query: { teamId?: string | undefined; enterpriseId?: string | undefined; isEnterpriseInstall?: boolean }): string {
  const key = query.isEnterpriseInstall ? query.enterpriseId : query.teamId;
  if (!key) throw new Error('a Slack installation query without its team or enterprise id');
  return key;
}

export class DbInstallationStore implements InstallationStore {
  constructor(private readonly db: Db, private readonly clock: Clock, private readonly key: Buffer) {}

  async storeInstallation(installation: Installation): Promise<void> {
    const isEnterpriseInstall = installation.isEnterpriseInstall === true;
    const installKey = installKeyOf({ teamId: installation.team?.id, enterpriseId: installation.enterprise?.id, isEnterpriseInstall });
    const row = {
      teamId: installation.team?.id ?? null,
      enterpriseId: installation.enterprise?.id ?? null,
      isEnterpriseInstall,
      botUserId: installation.bot?.userId ?? '',
      botId: installation.bot?.id ?? '',
      scopes: (installation.bot?.scopes ?? []).join(','),
      installerUserId: installation.user.id,
      sealed: new Uint8Array(seal(this.key, Buffer.from(JSON.stringify(installation)), Buffer.from(installKey))),
      installedAt: this.clock.now(),
    };
    await this.db.slackInstallation.upsert({ where: { installKey }, create: { installKey, ...row }, update: row });
  }

  async fetchInstallation(query: InstallationQuery<boolean>): Promise<Installation> {
    const installKey = installKeyOf(query);
    const row = await this.db.slackInstallation.findUnique({ where: { installKey } });
    if (!row) throw new Error(`the Slack app is not installed in ${installKey}`);
    const opened = unseal(this.key, row.sealed, Buffer.from(installKey));
    if (!opened) throw new Error(`the Slack installation of ${installKey} does not open with SLACK_TOKEN_KEY`);
    return JSON.parse(opened.toString('utf8')) as Installation;
  }

  /** App uninstalled or its tokens revoked: the workspace's row goes, and with it its tokens. */
  async deleteInstallation(query: InstallationQuery<boolean>): Promise<void> {
    await this.db.slackInstallation.deleteMany({ where: { installKey: installKeyOf(query) } });
  }

  /** The bot token for a workspace (or, when `team` is an org-wide install's enterprise, for it). */
  async botToken(team: string): Promise<string> {
    const row = await this.db.slackInstallation.findFirst({ where: { OR: [{ installKey: team }, { teamId: team }] } });
    const installation = row && (await this.fetchInstallation({ teamId: row.teamId ?? undefined, enterpriseId: row.enterpriseId ?? undefined, isEnterpriseInstall: row.isEnterpriseInstall } as InstallationQuery<boolean>));
    if (!installation?.bot?.token) throw new Error(`the Slack app is not installed in ${team}`);
    return installation.bot.token;
  }
}
