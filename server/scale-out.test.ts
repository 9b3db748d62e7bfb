import { once } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newPostgresDatabase } from '../tests/setup/databases';
import { runImport, type ServerProcess, startServer } from '../tests/setup/server-process';

/**
 * Two instances of the server on one PostgreSQL database, as behind a load balancer: they answer
 * alike, and an import through the command line changes both at once, because the data version
 * that answers and ETags come from is in the database, not in either process.
 */

const path = '/api/v1/observations?indicator=poverty-rate&region=CN-GZ';
const header = 'indicator_id,region_id,period,value,status,source_id';

describe('two servers on one PostgreSQL database', () => {
  let database: Awaited<ReturnType<typeof newPostgresDatabase>>;
  let servers: ServerProcess[] = [];
  let dir = '';

  beforeAll(async () => {
    database = await newPostgresDatabase();
    dir = mkdtempSync(join(tmpdir(), 'scale-out-'));
    // Started together on a new database: one migrates and seeds it, the other waits and finds it
    // done.
    servers = await Promise.all([
      startServer(['--db', database.url]),
      startServer(['--db', database.url]),
    ]);
  }, 60_000);

  afterAll(async () => {
    for (const server of servers) {
      server.child.kill('SIGTERM');
      await once(server.child, 'exit');
    }
    rmSync(dir, { recursive: true, force: true });
    await database.drop();
  });

  /** Each server's answer: its ETag, and Guizhou's 2012 poverty rate. */
  const answers = () =>
    Promise.all(
      servers.map(async (server) => {
        const response = await fetch(`${server.origin}${path}`);
        const body = (await response.json()) as {
          data: { points: { period: string; value: number }[] }[];
        };
        return {
          etag: response.headers.get('etag'),
          value2012: body.data[0]?.points.find((point) => point.period === '2012')?.value,
        };
      }),
    );

  const importFile = (name: string, rows: string[], replace: boolean) => {
    const file = join(dir, name);
    writeFileSync(file, [header, ...rows].join('\n'));
    return runImport(['--db', database.url, ...(replace ? ['--replace'] : []), file]);
  };

  it('answers alike, and both follow an import at once; a refused import changes neither', async () => {
    const seeded = servers.map((server) => server.output()).join('');
    expect(seeded.match(/seeded /g)).toHaveLength(1);

    const before = await answers();
    expect(before[0]?.value2012).toBe(26.8);
    expect(before[0]?.etag).toBeTruthy();
    expect(before[1]).toEqual(before[0]);

    const imported = importFile(
      'revised.csv',
      ['poverty-rate,CN-GZ,2012,26.9,reported,china-daily-2017-12-18'],
      true,
    );
    expect(imported.output).toContain('imported 1 observation(s)');
    expect(imported.status).toBe(0);
    const after = await answers();
    expect(after[0]?.value2012).toBe(26.9);
    expect(after[0]?.etag).not.toBe(before[0]?.etag);
    expect(after[1]).toEqual(after[0]);

    // One good row and one for a region the database does not have: all or nothing.
    const refused = importFile(
      'refused.csv',
      [
        'poverty-rate,CN-GZ,2013,20.0,reported,china-daily-2017-12-18',
        'poverty-rate,XX-NOWHERE,2013,1.0,reported,china-daily-2017-12-18',
      ],
      true,
    );
    expect(refused.status).toBe(1);
    expect(refused.output).toContain('unknown region "XX-NOWHERE"');
    expect(refused.output).toContain('nothing was imported');
    expect(await answers()).toEqual(after);
  }, 60_000);
});
