import { describe, expect, it } from 'vitest';
import { embedCode, embedFilters, embedUrl, isEmbedPath } from './embed';
import { defaultFilters, type Filters } from './filter-state';

const view: Filters = {
  ...defaultFilters,
  indicatorIds: ['poverty-rate', 'villages-exited'],
  regionIds: ['CN-GZ'],
  fromYear: 2012,
  toYear: 2016,
  countViewByIndicator: { 'villages-exited': 'cumulative' },
};

describe('the embed', () => {
  it('is the page at /embed, with or without a trailing slash', () => {
    expect(isEmbedPath('/embed')).toBe(true);
    expect(isEmbedPath('/embed/')).toBe(true);
    expect(isEmbedPath('/')).toBe(false);
    expect(isEmbedPath('/report')).toBe(false);
    expect(isEmbedPath('/api/v1/embed')).toBe(false);
    expect(isEmbedPath('/embed/more')).toBe(false);
  });

  it('draws the first indicator asked for, and says which were left out', () => {
    const { filters, notices } = embedFilters(view, 'poverty-rate,villages-exited');
    expect(filters).toEqual({ ...view, indicatorIds: ['poverty-rate'] });
    expect(notices).toEqual([
      expect.objectContaining({
        parameter: 'indicator',
        key: 'notice.embedOneIndicator',
        params: { parameter: 'indicator', shown: 'poverty-rate', others: 'villages-exited' },
      }),
    ]);
    expect(
      embedFilters({ ...view, indicatorIds: ['poverty-rate'] }, 'poverty-rate').notices,
    ).toEqual([]);
  });

  it('draws the first default quietly when the link named no indicator', () => {
    const { filters, notices } = embedFilters(defaultFilters, null);
    expect(filters.indicatorIds).toEqual(['poverty-rate']);
    expect(notices).toEqual([]);
  });

  it('links one panel of a view, with its own count view and the reader’s language', () => {
    expect(embedUrl('https://dash.example', view, 'villages-exited', 'zh-CN')).toBe(
      'https://dash.example/embed?indicator=villages-exited&region=CN-GZ&from=2012&to=2016&show=reported,estimated,derived&counts=villages-exited:cumulative&lang=zh-CN',
    );
    expect(embedUrl('https://dash.example', view, 'poverty-rate', 'en')).toBe(
      'https://dash.example/embed?indicator=poverty-rate&region=CN-GZ&from=2012&to=2016&show=reported,estimated,derived&lang=en',
    );
  });

  it('writes an iframe with a title, a size and lazy loading, its text escaped', () => {
    expect(embedCode('https://dash.example/embed?indicator=a&region=b', 'Rate "GZ" <2016>')).toBe(
      '<iframe src="https://dash.example/embed?indicator=a&amp;region=b" title="Rate &quot;GZ&quot; &lt;2016&gt;" width="720" height="1000" loading="lazy" style="border: 0; max-width: 100%;"></iframe>',
    );
  });
});
