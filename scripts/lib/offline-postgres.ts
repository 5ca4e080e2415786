// A PostgreSQL "connection" for the schema engine that answers every query with no rows: enough
// for a diff between two datamodels, which only asks for the server's version first, so that
// deriving the migrations needs no server.
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';

const connection = {
  provider: 'postgres',
  adapterName: 'offline',
  queryRaw: async () => ({ columnNames: [], columnTypes: [], rows: [] }),
  executeRaw: async () => 0,
  executeScript: async () => {},
  startTransaction: () => Promise.reject(new Error('offline: no transactions')),
  getConnectionInfo: () => ({ schemaName: 'public', supportsRelationJoins: true }),
  dispose: async () => {},
} as unknown as SqlDriverAdapter;

export const offlinePostgres: SqlMigrationAwareDriverAdapterFactory = {
  provider: 'postgres',
  adapterName: 'offline',
  connect: async () => connection,
  connectToShadowDb: async () => connection,
};
