import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import Papa from 'papaparse';
import pg from 'pg';
import { largeData, minuteIndicatorId, minutePeriodAt, minuteRegionId } from '../mocks/large-data';
import { startCluster } from '../tests/setup/postgres-cluster';

/**
 * npm run bench:server: the reference server under load, on each engine, against a floor measured
 * in the same run. The floor is a plain Node server sending the same bytes from memory: what no
 * server doing more can beat on this machine. Each server runs in a process of its own, with the
 * load generator (autocannon, 50 connections on loopback) in this one.
 *
 * The servers hold the fixtures and the large synthetic data set of the mock (mocks/large-data.ts,
 * a million-minute series among it), imported through the command line from CSV files, which also
 * measures the streamed import: its time and its peak memory.
 */

const connections = 50;
const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);

/** A dashboard's typical request, and a thinned request over the million-minute series. */
const requests = {
  typical: '/api/v1/observations?indicator=poverty-rate&region=CN-GZ,CN&from=2011&to=2020',
  thinned: `/api/v1/observations?indicator=${minuteIndicatorId}&region=${minuteRegionId}&maxPoints=2000`,
};

/** The large data set as the import's CSV files: sources, regions, indicators, observations. */
function writeLargeCsv(dir: string): string[] {
  const { catalog, minuteValues } = largeData();
  const files = {
    'sources.csv': Papa.unparse(
      [...new Map(catalog.indicators.flatMap((i) => i.sources).map((s) => [s.id, s])).values()].map(
        (s) => ({ id: s.id, publisher: s.publisher, title: s.title ?? '' }),
      ),
    ),
    'regions.csv': Papa.unparse(
      catalog.regions.map((r) => ({
        id: r.id,
        name_en: r.name.en,
        name_zh: r.name.zh,
        level: r.level,
        parent_id: r.parentId ?? '',
      })),
    ),
    'indicators.csv': Papa.unparse(
      catalog.indicators.map((i) => ({
        id: i.id,
        name_en: i.name.en,
        name_zh: i.name.zh,
        description_en: i.description.en,
        description_zh: i.description.zh,
        unit: i.unit,
        measure: i.measure,
        direction: i.direction,
        frequency: i.frequency,
        topic: i.topic,
      })),
    ),
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  // The observations are written a series at a time, never as one string of 70 MB.
  const observations = join(dir, 'observations.csv');
  const lines = ['indicator_id,region_id,period,value,status,source_id'];
  for (const series of catalog.series) {
    for (const point of series.points) {
      lines.push(
        `${series.indicatorId},${series.regionId},${point.period},${point.value ?? ''},${point.value === null ? '' : point.status},${point.sourceId}`,
      );
    }
  }
  writeFileSync(observations, `${lines.join('\n')}\n`);
  const values = minuteValues();
  let chunk: string[] = [];
  for (let index = 0; index < values.length; index++) {
    const value = values[index] ?? Number.NaN;
    chunk.push(
      `${minuteIndicatorId},${minuteRegionId},${minutePeriodAt(index)},${Number.isNaN(value) ? '' : value},${Number.isNaN(value) ? '' : 'reported'},synthetic`,
    );
    if (chunk.length === 100_000) {
      writeFileSync(observations, `${chunk.join('\n')}\n`, { flag: 'a' });
      chunk = [];
    }
  }
  writeFileSync(observations, chunk.length ? `${chunk.join('\n')}\n` : '', { flag: 'a' });
  return [...Object.keys(files).map((name) => join(dir, name)), observations];
}

/** Starts a command that says "on http://HOST:PORT" once it listens. */
async function listening(args: string[]): Promise<{ child: ChildProcess; origin: string }> {
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  let output = '';
  const origin = await new Promise<string>((resolve, reject) => {
    child.on('exit', (code) =>
      reject(new Error(`${args.join(' ')} exited with ${code}: ${output}`)),
    );
    child.stdout?.on('data', (chunk) => {
      output += chunk;
      const found = /on (http:\/\/[\d.]+:\d+)/.exec(output);
      if (found?.[1]) resolve(found[1]);
    });
  });
  // From here on its output (a line a request) is read and let go.
  child.stdout?.removeAllListeners('data');
  child.stdout?.resume();
  return { child, origin };
}

async function stop(child: ChildProcess): Promise<void> {
  child.kill('SIGTERM');
  await once(child, 'exit');
}

const tsx = ['--import', 'tsx'];

/** Imports the files through the command line; its time and peak memory. */
function timedImport(db: string, files: string[]): { seconds: number; peakMemoryMb: number } {
  const started = performance.now();
  const result = spawnSync(
    process.execPath,
    [...tsx, '--import', './scripts/peak-memory.mjs', 'server/import.ts', '--db', db, ...files],
    { encoding: 'utf8' },
  );
  if (result.status !== 0) throw new Error(`import failed: ${result.stdout}${result.stderr}`);
  const peak = /peak-memory-mb (\d+)/.exec(result.stderr);
  return { seconds: (performance.now() - started) / 1000, peakMemoryMb: Number(peak?.[1]) };
}

interface Load {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
}

/** Each figure's median over the rounds, and the errors of all of them. */
function medianLoad(runs: readonly Load[]): Load {
  const median = (pick: (load: Load) => number) =>
    [...runs.map(pick)].sort((a, b) => a - b)[Math.floor(runs.length / 2)] ?? 0;
  return {
    requestsPerSecond: median((load) => load.requestsPerSecond),
    p50Ms: median((load) => load.p50Ms),
    p99Ms: median((load) => load.p99Ms),
    errors: runs.reduce((sum, load) => sum + load.errors, 0),
  };
}

async function load(url: string): Promise<Load> {
  // A short run first warms the caches and the JIT; only the second is reported.
  await autocannon({ url, connections, duration: 1 });
  const result = await autocannon({ url, connections, duration: seconds });
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

/** The first answer to thinned requests the cache cannot have: each asks for another limit. */
async function uncachedThinnedMs(origin: string): Promise<number> {
  const times: number[] = [];
  for (let attempt = 0; attempt < 3; attempt++) {
    const started = performance.now();
    const response = await fetch(
      `${origin}${requests.thinned.replace('2000', String(2000 + attempt))}`,
    );
    await response.arrayBuffer();
    times.push(performance.now() - started);
  }
  return Math.round(times.sort((a, b) => a - b)[1] ?? 0);
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-server-'));
  const cluster = await startCluster();
  // A bench stopped with Ctrl-C removes its cluster too.
  process.once('SIGINT', () => {
    cluster.stop();
    process.exit(130);
  });
  try {
    console.log('writing the large data set as CSV…');
    const started = performance.now();
    const files = writeLargeCsv(dir);
    console.log(`  ${Math.round(performance.now() - started)} ms`);
    const engines = {
      sqlite: join(dir, 'bench.sqlite'),
      postgres: cluster.url.replace(/\/postgres$/, '/bench'),
    };
    const admin = new pg.Client({ connectionString: cluster.url });
    await admin.connect();
    await admin.query('CREATE DATABASE bench');
    await admin.end();
    const servers: Record<string, { child: ChildProcess; origin: string }> = {};
    const engineResults: Record<string, { import: unknown; coldThinnedMs: number }> = {};
    for (const [engine, db] of Object.entries(engines)) {
      // The server seeds the new database from the fixtures; the import then adds the large data.
      const seeded = await listening([...tsx, 'server/main.ts', '--db', db, '--port', '0']);
      await stop(seeded.child);
      console.log(`importing into ${engine}…`);
      const imported = timedImport(db, files);
      const server = await listening([...tsx, 'server/main.ts', '--db', db, '--port', '0']);
      engineResults[engine] = {
        import: imported,
        coldThinnedMs: await uncachedThinnedMs(server.origin),
      };
      console.log(JSON.stringify(engineResults[engine]));
      servers[engine] = server;
    }
    // The floor sends the same bytes the servers sent, from memory.
    const sqliteOrigin = servers.sqlite?.origin ?? '';
    const bodyFile = join(dir, 'bodies.json');
    const bodies: Record<string, string> = {};
    for (const path of Object.values(requests))
      bodies[path] = await (await fetch(`${sqliteOrigin}${path}`)).text();
    writeFileSync(bodyFile, JSON.stringify(bodies));
    servers.floor = await listening(['scripts/plain-server.mjs', bodyFile]);
    // The three take turns, round after round, so that a busy stretch of the machine falls on all
    // of them alike; each figure is the median of its rounds.
    const loads: Record<string, Record<string, Load[]>> = {};
    for (let round = 0; round < rounds; round++) {
      for (const [target, server] of Object.entries(servers)) {
        for (const [name, path] of Object.entries(requests)) {
          console.log(`round ${round + 1}: ${target}, ${name}`);
          const byName = loads[target] ?? {};
          loads[target] = byName;
          byName[name] = [...(byName[name] ?? []), await load(`${server.origin}${path}`)];
        }
      }
    }
    for (const server of Object.values(servers)) await stop(server.child);
    const results: Record<string, unknown> = {};
    for (const [target, byName] of Object.entries(loads)) {
      results[target] = {
        ...engineResults[target],
        ...Object.fromEntries(
          Object.entries(byName).map(([name, runs]) => [name, medianLoad(runs)]),
        ),
      };
    }
    mkdirSync('bench', { recursive: true });
    const report = {
      date: new Date().toISOString(),
      connections,
      seconds,
      rounds,
      requests,
      results,
    };
    writeFileSync('bench/server-results.json', `${JSON.stringify(report, null, 2)}\n`);
    console.log(JSON.stringify(report, null, 2));
  } finally {
    cluster.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
