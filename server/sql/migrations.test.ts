import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { newPostgresDatabase } from '../../tests/setup/databases';
import { openDatabase } from '../database';
import { findSeries } from '../observation-reads';
import { migrations, readDataVersion } from './migrations';

/** The schema of a database made before the schema was versioned, as operators may have one. */
const unversionedSchema = `
CREATE TABLE sources (id TEXT PRIMARY KEY, publisher TEXT NOT NULL, title TEXT, date TEXT, url TEXT, note TEXT);
CREATE TABLE indicators (id TEXT PRIMARY KEY, position INTEGER NOT NULL, name_en TEXT NOT NULL,
  name_zh TEXT NOT NULL, description_en TEXT NOT NULL, description_zh TEXT NOT NULL, unit TEXT NOT NULL,
  measure TEXT NOT NULL, direction TEXT NOT NULL, frequency TEXT NOT NULL, topic TEXT NOT NULL);
CREATE TABLE regions (id TEXT PRIMARY KEY, position INTEGER NOT NULL, name_en TEXT NOT NULL,
  name_zh TEXT NOT NULL, level TEXT NOT NULL, parent_id TEXT REFERENCES regions(id));
CREATE TABLE series_bases (indicator_id TEXT NOT NULL REFERENCES indicators(id),
  region_id TEXT NOT NULL REFERENCES regions(id), basis_en TEXT NOT NULL, basis_zh TEXT NOT NULL,
  PRIMARY KEY (indicator_id, region_id));
CREATE TABLE observations (indicator_id TEXT NOT NULL REFERENCES indicators(id),
  region_id TEXT NOT NULL REFERENCES regions(id), period TEXT NOT NULL, year INTEGER NOT NULL,
  value REAL, status TEXT NOT NULL, source_id TEXT NOT NULL REFERENCES sources(id), note TEXT,
  PRIMARY KEY (indicator_id, region_id, period));
INSERT INTO sources VALUES ('s', 'Publisher', NULL, NULL, NULL, NULL);
INSERT INTO indicators VALUES ('rate', 0, 'Rate', '率', 'd', 'd', 'percent', 'level', 'lower-is-better', 'annual', 'poverty');
INSERT INTO regions VALUES ('CN', 0, 'China', '中国', 'country', NULL);
INSERT INTO observations VALUES ('rate', 'CN', '2015', 2015, 5.7, 'reported', 's', NULL);
INSERT INTO observations VALUES ('rate', 'CN', '2016', 2016, 4.5, 'reported', 's', NULL);
`;

const latest = migrations.at(-1)?.version ?? 0;

describe('the migrations', () => {
  it('bring a database made before versioning up to date, keeping its data', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'migrations-'));
    try {
      const file = join(dir, 'old.sqlite');
      const old = new Database(file);
      old.exec(unversionedSchema);
      old.close();
      const db = await openDatabase(file);
      try {
        const versions = await db.all<{ version: number }>(
          'SELECT version FROM schema_migrations ORDER BY version',
        );
        expect(versions.map((row) => row.version)).toEqual(migrations.map((m) => m.version));
        expect(await readDataVersion(db)).toMatch(/^[0-9a-f-]{36}$/);
        // The new column is filled from the periods already there: a time window finds 2016.
        const [series] = await findSeries(db, {
          indicatorIds: ['rate'],
          regionIds: ['CN'],
          start: '2016-01-01T00:00',
        });
        expect(series?.points).toEqual([
          { period: '2016', value: 4.5, status: 'reported', sourceId: 's' },
        ]);
      } finally {
        await db.close();
      }
      // Opened again, nothing runs twice.
      const again = await openDatabase(file);
      expect((await again.all('SELECT version FROM schema_migrations')).length).toBe(
        migrations.length,
      );
      await again.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuse a database that a newer server has migrated', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'migrations-'));
    try {
      const file = join(dir, 'newer.sqlite');
      const db = await openDatabase(file);
      await db.run(
        "INSERT INTO schema_migrations (version, name, applied_at) VALUES (@version, 'from the future', 'x')",
        { version: latest + 1 },
      );
      await db.close();
      await expect(openDatabase(file)).rejects.toThrow(
        `the database has schema version ${latest + 1}, newer than this server's ${latest}; run a newer server`,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('run once on PostgreSQL when several servers start together', async () => {
    const { url, drop } = await newPostgresDatabase();
    try {
      const opened = await Promise.all([openDatabase(url), openDatabase(url), openDatabase(url)]);
      const versions = await opened[0]?.all<{ version: number }>(
        'SELECT version FROM schema_migrations ORDER BY version',
      );
      expect(versions?.map((row) => row.version)).toEqual(migrations.map((m) => m.version));
      const tokens = await Promise.all(opened.map(readDataVersion));
      expect(new Set(tokens).size).toBe(1);
      await Promise.all(opened.map((db) => db.close()));
    } finally {
      await drop();
    }
  });
});
