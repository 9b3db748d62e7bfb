/**
 * What the reference server asks of a database, whichever engine it is: run a statement, read
 * rows, work in a transaction. SQLite (embedded, the default) and PostgreSQL (for several
 * instances) implement it in sqlite-client.ts and postgres-client.ts, so every query of the server
 * is written once, in the SQL both engines speak.
 *
 * Statements name their parameters as `@name` and take them in an object; no value is ever
 * spliced into SQL text. The PostgreSQL client turns the names into `$1`, `$2`, … itself.
 */

export type Engine = 'sqlite' | 'postgres';

/** A parameter's value: what both engines store in the columns of this schema. */
export type SqlValue = string | number | null;
export type SqlParams = Readonly<Record<string, SqlValue>>;

export interface SqlClient {
  readonly engine: Engine;
  /** Where the data is, for the log: a file, ":memory:", or a URL without its password. */
  readonly location: string;
  all<Row>(sql: string, params?: SqlParams): Promise<Row[]>;
  /** Runs a statement that returns no rows; resolves to the number of rows it changed. */
  run(sql: string, params?: SqlParams): Promise<number>;
  /**
   * Runs the work in one transaction on one connection: committed if it resolves, rolled back if
   * it throws. References between rows (a region's parent, an observation's source) are checked
   * when it commits, so rows may be written in any order.
   */
  transaction<T>(work: (client: SqlClient) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** The first row, or undefined when there is none. */
export async function first<Row>(
  client: SqlClient,
  sql: string,
  params?: SqlParams,
): Promise<Row | undefined> {
  const rows = await client.all<Row>(sql, params);
  return rows[0];
}

/**
 * A list of values as parameters of an `IN (…)` list: the placeholders to write in the SQL, and
 * the parameters to pass. The names are made here, from the prefix and the position, and the
 * values are bound, so a list of ids never becomes SQL text.
 */
export function listParams(
  prefix: string,
  values: readonly SqlValue[],
): { placeholders: string; params: Record<string, SqlValue> } {
  const params: Record<string, SqlValue> = {};
  values.forEach((value, index) => {
    params[`${prefix}${index}`] = value;
  });
  const names = values.map((_, index) => `@${prefix}${index}`);
  // An empty IN () is not SQL; a list that matches nothing is.
  return { placeholders: names.length > 0 ? names.join(', ') : 'NULL', params };
}

/** Where `@name` parameters stand in a statement: a name after an @ that is not in a string. */
const namedParameter = /'(?:[^']|'')*'|@([A-Za-z_][A-Za-z0-9_]*)/g;

/**
 * Turns a statement with `@name` parameters into PostgreSQL's `$1`, `$2`, … and the values in that
 * order. A name used twice is bound once. A name the statement uses and the parameters lack is an
 * error, as it is in SQLite.
 */
export function toPositional(
  sql: string,
  params: SqlParams = {},
): { text: string; values: SqlValue[] } {
  const positions = new Map<string, number>();
  const values: SqlValue[] = [];
  const text = sql.replace(namedParameter, (match, name: string | undefined) => {
    if (name === undefined) return match;
    if (!Object.hasOwn(params, name)) throw new Error(`missing SQL parameter @${name}`);
    let position = positions.get(name);
    if (position === undefined) {
      values.push(params[name] ?? null);
      position = values.length;
      positions.set(name, position);
    }
    return `$${position}`;
  });
  return { text, values };
}

/**
 * The database could not be opened: a server that is down, a wrong URL, a file in a folder that
 * does not exist. Says where and why in words, for the command line to print on one line.
 */
export class DatabaseUnreachable extends Error {
  constructor(location: string, cause: unknown) {
    super(`cannot reach the database at ${location}: ${reasonOf(cause)}`);
    this.name = 'DatabaseUnreachable';
  }
}

/**
 * The reason in the driver's words. A refused connection to "localhost" fails once for each of
 * its addresses, and comes as an AggregateError with no message of its own: its first error says.
 */
function reasonOf(cause: unknown): string {
  if (cause instanceof AggregateError && cause.errors.length > 0) return reasonOf(cause.errors[0]);
  if (cause instanceof Error) return cause.message || cause.name;
  return String(cause);
}
