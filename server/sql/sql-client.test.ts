import { describe, expect, it } from 'vitest';
import { engines, newPostgresDatabase, testDatabase } from '../../tests/setup/databases';
import { openDatabase } from '../database';
import { isPostgresUrl, redactedUrl } from './postgres-client';
import { listParams, toPositional } from './sql-client';

describe('named parameters in PostgreSQL form', () => {
  it('numbers each name once, in order, and leaves string literals alone', () => {
    expect(
      toPositional("SELECT @a, '@not', @b, @a WHERE x = 'it''s @c'", { a: 1, b: 'two' }),
    ).toEqual({ text: "SELECT $1, '@not', $2, $1 WHERE x = 'it''s @c'", values: [1, 'two'] });
  });

  it('refuses a statement whose parameter is not given', () => {
    expect(() => toPositional('SELECT @missing', {})).toThrow('missing SQL parameter @missing');
  });

  it('makes an IN list of bound names, and one that matches nothing when empty', () => {
    expect(listParams('id', ['a', 'b'])).toEqual({
      placeholders: '@id0, @id1',
      params: { id0: 'a', id1: 'b' },
    });
    expect(listParams('id', []).placeholders).toBe('NULL');
  });
});

describe.each(engines)('the %s client', (engine) => {
  it('binds values, keeps numbers exact and rolls back a transaction that throws', async () => {
    const db = await testDatabase(engine);
    try {
      await db.run('CREATE TABLE t (id TEXT PRIMARY KEY, x DOUBLE PRECISION)');
      await db.run('INSERT INTO t (id, x) VALUES (@id, @x)', {
        id: "it's; DROP TABLE t",
        x: 0.1 + 0.2,
      });
      await expect(
        db.transaction(async (tx) => {
          await tx.run('INSERT INTO t (id, x) VALUES (@id, @x)', { id: 'b', x: 2 });
          throw new Error('changed my mind');
        }),
      ).rejects.toThrow('changed my mind');
      expect(await db.all('SELECT id, x FROM t ORDER BY id')).toEqual([
        { id: "it's; DROP TABLE t", x: 0.30000000000000004 },
      ]);
    } finally {
      await db.close();
    }
  });
});

describe('a database location', () => {
  it('is PostgreSQL for postgres:// and postgresql:// URLs, and SQLite for anything else', async () => {
    expect(isPostgresUrl('postgres://u@h/db')).toBe(true);
    expect(isPostgresUrl('POSTGRESQL://u@h/db')).toBe(true);
    expect(isPostgresUrl('server/data.sqlite')).toBe(false);
    expect(isPostgresUrl(':memory:')).toBe(false);
    const { url, drop } = await newPostgresDatabase();
    try {
      const db = await openDatabase(url.replace(/^postgres:/, 'postgresql:'));
      expect(db.engine).toBe('postgres');
      await db.close();
    } finally {
      await drop();
    }
  });

  it('is logged without its password', () => {
    expect(redactedUrl('postgres://reader:s3cret@db.internal:5432/dashboard')).toBe(
      'postgres://reader:***@db.internal:5432/dashboard',
    );
    expect(
      redactedUrl('postgres://reader@db.internal/dashboard?password=s3cret&sslmode=require'),
    ).toBe('postgres://reader@db.internal/dashboard?password=***&sslmode=require');
  });
});
