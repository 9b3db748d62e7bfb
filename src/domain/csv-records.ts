const quote = 0x22;
const lineFeed = 0x0a;

/**
 * Counts the records of a CSV file as its bytes arrive, so that a download can say how far it has
 * come and tell a whole file from one that ended short. A record ends at a line feed outside
 * quotes; a line feed inside a quoted cell (a note on two lines) belongs to its record, and a
 * doubled quote inside a cell leaves the state as it was. UTF-8 never uses these two bytes inside
 * a longer character, so the bytes can be read without decoding them.
 */
export interface CsvRecordCounter {
  /** Reads the next chunk and returns the number of records ended so far, the header included. */
  add(chunk: Uint8Array): number;
}

export function csvRecordCounter(): CsvRecordCounter {
  let inQuotes = false;
  let records = 0;
  return {
    add(chunk) {
      for (const byte of chunk) {
        if (byte === quote) inQuotes = !inQuotes;
        else if (byte === lineFeed && !inQuotes) records += 1;
      }
      return records;
    },
  };
}
