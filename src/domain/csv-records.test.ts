import { describe, expect, it } from 'vitest';
import { csvLines } from './csv';
import { csvRecordCounter } from './csv-records';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('csvRecordCounter', () => {
  it('counts records, not line feeds inside quoted cells', () => {
    const text = csvLines([
      ['region', 'note'],
      ['CN-GZ', 'a note\non two lines, with "quotes"'],
      ['CN', '贵州'],
    ]);
    expect(csvRecordCounter().add(bytes(text))).toBe(3);
  });

  it('gives the same count whatever the chunks, even one split inside a quoted cell', () => {
    const text = bytes(
      csvLines([
        ['a', 'x\ny'],
        ['b', '"q"\n'],
        ['c', ''],
      ]),
    );
    for (let cut = 0; cut <= text.length; cut++) {
      const counter = csvRecordCounter();
      counter.add(text.slice(0, cut));
      expect(counter.add(text.slice(cut))).toBe(3);
    }
  });

  it('does not count a last line that has not ended', () => {
    expect(csvRecordCounter().add(bytes('a,b\r\nc,'))).toBe(1);
  });
});
