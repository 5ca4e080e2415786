// Builds the Teams app zip: npm run teams:package → dist/samverkan-teams.zip, to upload in Teams
// (Apps → Manage your apps → Upload an app). Needs TEAMS_CLIENT_ID (the bot's app id, a GUID);
// TEAMS_APP_URL is the https address shown as developer site (privacy and terms pages below it).
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../src/store/paths.js';
import { buildPackage } from './lib/teams-app.js';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

if (existsSync('.env')) process.loadEnvFile('.env');
const clientId = process.env.TEAMS_CLIENT_ID ?? '';
const appUrl = process.env.TEAMS_APP_URL ?? '';
function refuse(line: string): never {
  process.stderr.write(`${line}\n`);
  process.exit(2);
}
if (!GUID.test(clientId)) refuse(`TEAMS_CLIENT_ID must be the bot's app id, a GUID such as 00000000-0000-0000-0000-000000000000 (got ${JSON.stringify(clientId)})`);
if (!/^https:\/\/[^\s/]+/.test(appUrl)) refuse(`TEAMS_APP_URL must be the https address of your site, with /integritet and /villkor pages (got ${JSON.stringify(appUrl)})`);
const out = join(projectRoot, 'dist', 'samverkan-teams.zip');
mkdirSync(join(projectRoot, 'dist'), { recursive: true });
writeFileSync(out, buildPackage({ clientId, appUrl }));
process.stdout.write(`${out}\n`);
