// Loads Prisma's schema engine (WebAssembly build) bound to a SQLite file or a PostgreSQL database. The package's own ESM
// entry imports a .wasm module, which Node 20 only allows behind a flag, so the module is
// instantiated here by hand with the package's JS glue as its import object.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { bindMigrationAwareSqlAdapterFactory, type SqlDriverAdapter, type SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import type { SchemaEngine as Engine } from '@prisma/schema-engine-wasm';
import { providerOf } from './provider.js';

const require = createRequire(import.meta.url);
const PACKAGE = '@prisma/schema-engine-wasm';

// Node has WebAssembly; this project's lib setting (no DOM) does not declare it.
interface WasmApi {
  instantiate(bytes: Uint8Array, imports: Record<string, unknown>): Promise<{ instance: { exports: Record<string, unknown> } }>;
}
const { WebAssembly } = globalThis as unknown as { WebAssembly: WasmApi };

let glue: Promise<typeof import('@prisma/schema-engine-wasm')> | undefined;

async function loadGlue(): Promise<typeof import('@prisma/schema-engine-wasm')> {
  const bindings = (await import(`${PACKAGE}/schema_engine_bg`)) as typeof import('@prisma/schema-engine-wasm') & {
    __wbg_set_wasm(exports: Record<string, unknown>): void;
  };
  const bytes = await readFile(require.resolve(`${PACKAGE}/schema_engine_bg`).replace(/\.js$/, '.wasm'));
  const { instance } = await WebAssembly.instantiate(bytes, { './schema_engine_bg.js': bindings });
  bindings.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return bindings;
}

export interface OpenEngine {
  engine: Engine;
  /** Frees the engine and closes its database connections (free() alone leaves them locked). */
  close(): Promise<void>;
}

/** The engine on the database at `url`, or on the connections `factory` makes. */
export async function openSchemaEngine(url: string, schema: { path: string; content: string }, factory?: SqlMigrationAwareDriverAdapterFactory): Promise<OpenEngine> {
  glue ??= loadGlue();
  const { SchemaEngine } = await glue;
  const inner: SqlMigrationAwareDriverAdapterFactory = factory ?? (providerOf(url) === 'sqlite' ? new PrismaBetterSqlite3({ url }) : new PrismaPg({ connectionString: url }));
  const connections: SqlDriverAdapter[] = [];
  const track = async (connect: Promise<SqlDriverAdapter>) => {
    const connection = await connect;
    connections.push(connection);
    return connection;
  };
  const tracked: SqlMigrationAwareDriverAdapterFactory = {
    provider: inner.provider,
    adapterName: inner.adapterName,
    connect: () => track(inner.connect()),
    connectToShadowDb: () => track(inner.connectToShadowDb()),
  };
  const engine = await SchemaEngine.new({ datamodels: [[schema.path, schema.content]] }, () => {}, bindMigrationAwareSqlAdapterFactory(tracked));
  return {
    engine,
    close: async () => {
      engine.free();
      await Promise.all(connections.map((c) => c.dispose()));
    },
  };
}

export const NO_FILTERS = { externalTables: [], externalEnums: [] };
