import { describe, expect, it } from 'vitest';
import { formatCitation, safeLink } from './provenance';

describe('provenance', () => {
  it('cites publisher, title and date when known', () => {
    expect(
      formatCitation({
        id: 'a',
        publisher: 'China Daily',
        title: 'Big expectations from big data',
        date: '2017-12-18',
      }),
    ).toBe('China Daily, Big expectations from big data, 2017-12-18');
    expect(formatCitation({ id: 'b', publisher: 'Xinhua', date: '2016-01-10' })).toBe(
      'Xinhua, 2016-01-10',
    );
  });

  it('links only to http and https addresses', () => {
    expect(safeLink('https://example.org/report')).toBe('https://example.org/report');
    expect(safeLink('javascript:alert(1)')).toBeNull();
    expect(safeLink('data:text/html,<script>')).toBeNull();
    expect(safeLink('not a url')).toBeNull();
    expect(safeLink(undefined)).toBeNull();
  });
});
