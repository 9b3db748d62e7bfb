import Database from 'better-sqlite3';
import { DatabaseUnreachable, type SqlClient, type SqlParams } from './sql-client';

/**
 * The SQLite client: one embedded database file (or ":memory:"), read and written in this process
 * through better-sqlite3, which answers synchronously. Statements are prepared once and kept.
 */
export function openSqlite(path: string): SqlClient {
  let db: Database.Database;
  try {
    db = new Database(path);
  } catch (error) {
    throw new DatabaseUnreachable(path, error);
  }
  // Write-ahead logging lets the server read while an import in another process writes.
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  const prepared = new Map<string, Database.Statement>();
  const statement = (sql: string) => {
    let found = prepared.get(sql);
    if (!found) {
      found = db.prepare(sql);
      prepared.set(sql, found);
    }
    return found;
  };
  // better-sqlite3 takes the names without their @.
  const bind = (params: SqlParams | undefined) => (params ? [params] : []);
  let inTransaction = false;

  const client: SqlClient = {
    engine: 'sqlite',
    location: path,
    all: async <Row>(sql: string, params?: SqlParams) =>
      statement(sql).all(...bind(params)) as Row[],
    run: async (sql, params) => statement(sql).run(...bind(params)).changes,
    transaction: async (work) => {
      // One connection serves the whole process; a transaction inside one would commit early.
      if (inTransaction) throw new Error('transactions do not nest');
      inTransaction = true;
      db.exec('BEGIN IMMEDIATE');
      try {
        // SQLite checks deferred references at COMMIT and ends the deferral itself.
        db.pragma('defer_foreign_keys = ON');
        const result = await work(client);
        db.exec('COMMIT');
        return result;
      } catch (error) {
        if (db.inTransaction) db.exec('ROLLBACK');
        throw error;
      } finally {
        inTransaction = false;
      }
    },
    close: async () => {
      db.close();
    },
  };
  return client;
}
