import { accessSync, constants } from 'node:fs';
import { parseArgs } from 'node:util';
import { importCsv } from './csv-import';
import { openDatabase } from './database';

const usage = `Usage: npm run server:import -- [options] FILE.csv [FILE.csv ...]

Loads CSV files into the reference server's database, all or nothing. Each file is recognised
by its header: observations (the panel CSV export's columns), indicators, regions, sources,
targets or events.
See docs/api.md, "Importing data".

  --db FILE|URL a SQLite database file (default server/data.sqlite), or a PostgreSQL database
                as postgres://USER[:PASSWORD]@HOST[:PORT]/NAME
  --replace     overwrite rows that already exist instead of refusing them
  --help`;

async function main(): Promise<number> {
  let values: { db: string; replace: boolean; help: boolean };
  let files: string[];
  try {
    const parsed = parseArgs({
      allowPositionals: true,
      options: {
        db: { type: 'string', default: 'server/data.sqlite' },
        replace: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    });
    values = parsed.values;
    files = parsed.positionals;
  } catch (error) {
    console.error(
      `server:import: ${error instanceof Error ? error.message : String(error)}\n\n${usage}`,
    );
    return 2;
  }
  if (values.help) {
    console.log(usage);
    return 0;
  }
  if (files.length === 0) {
    console.error(`server:import: no CSV file given\n\n${usage}`);
    return 2;
  }
  // The files are streamed, not read into memory whole; a file that cannot be read is said here,
  // before the database is opened.
  const inputs = files.map((name) => ({ name, path: name }));
  try {
    for (const file of files) accessSync(file, constants.R_OK);
  } catch (error) {
    console.error(`server:import: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
  let db: Awaited<ReturnType<typeof openDatabase>>;
  try {
    db = await openDatabase(values.db);
  } catch (error) {
    console.error(`server:import: ${error instanceof Error ? error.message : String(error)}`);
    return 3;
  }
  try {
    const result = await importCsv(db, inputs, { replace: values.replace });
    if (result.problemCount > 0) {
      for (const problem of result.problems)
        console.error(`${problem.file}:${problem.line}: ${problem.reason}`);
      const unlisted = result.problemCount - result.problems.length;
      if (unlisted > 0) console.error(`… and ${unlisted} more, not listed`);
      console.error(`\n${result.problemCount} problem(s); nothing was imported.`);
      return 1;
    }
    console.log(
      `imported ${result.observations} observation(s), ${result.indicators} indicator(s), ${result.regions} region(s), ${result.sources} source(s), ${result.targets} target(s), ${result.events} event(s); ${result.gapsSkipped} gap row(s) skipped`,
    );
    return 0;
  } finally {
    await db.close();
  }
}

process.exitCode = await main();
