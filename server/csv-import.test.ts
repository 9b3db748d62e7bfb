import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fixtureCatalog } from '../fixtures/catalog';
import { eventsResponseSchema, indicatorsResponseSchema } from '../src/contract/schemas';
import { panelCsv } from '../src/domain/csv';
import { buildPanelModel } from '../src/domain/panel-model';
import { panelView } from '../src/domain/panel-view';
import { engines, testDatabase } from '../tests/setup/databases';
import { fixtureIndicator, fixtureRegion } from '../tests/setup/fixture-lookup';
import { povertyRateView } from '../tests/setup/panel-props';
import { createReferenceServer } from './app';
import { importCsv, problemListLimit } from './csv-import';
import type { Db } from './database';
import { findSeries } from './observation-reads';
import { listRegions } from './repository';

const count = async (db: Db, table: 'observations' | 'events' = 'observations') =>
  (await db.all<{ n: number }>(`SELECT CAST(count(*) AS INTEGER) AS n FROM ${table}`))[0]?.n;

/** The body of a GET to the reference server's API over the database, asked in process. */
async function served(db: Db, path: string): Promise<unknown> {
  const { app } = createReferenceServer(db, { corsOrigins: [], staticDir: null });
  return (await app.request(`/api/v1${path}`)).json();
}

const eventsHeader =
  'id,date,title_en,title_zh,description_en,description_zh,source_id,region_ids,indicator_ids,topics';

function exportedCsv(
  indicatorId: string,
  regionIds: string[],
  fromYear: number,
  toYear: number,
): string {
  const model = buildPanelModel(
    panelView({
      indicator: fixtureIndicator(indicatorId),
      regions: regionIds.map(fixtureRegion),
      fromYear,
      toYear,
      shownStatuses: ['estimated', 'derived'],
      countView: 'as-published',
      events: [],
      eventSources: [],
    }),
    fixtureCatalog.series,
    'en',
  );
  return panelCsv(model, 'en');
}

const header =
  'indicator_id,indicator_name,region_id,region_name,period,value,unit,status,source_id,source,note';

// The import runs on both engines alike: every case here runs on SQLite and on PostgreSQL.
describe.each(engines)('importCsv on %s', (engine) => {
  const opened: Db[] = [];
  const database = async (mode: 'all' | 'catalog') => {
    const db = await testDatabase(engine, fixtureCatalog, mode);
    opened.push(db);
    return db;
  };
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((db) => db.close()));
  });

  it('takes back what a panel exported, numbers, statuses and notes unchanged', async () => {
    const db = await database('catalog');
    const csv = exportedCsv('poor-population', ['CN-GZ', 'CN'], 2011, 2020);
    const result = await importCsv(db, [{ name: 'panel.csv', text: csv }], { replace: false });
    expect(result.problems).toEqual([]);
    expect(result.observations).toBe(18);
    expect(result.gapsSkipped).toBe(2);
    const imported = await findSeries(db, {
      indicatorIds: ['poor-population'],
      regionIds: ['CN-GZ', 'CN'],
    });
    const original = fixtureCatalog.series.filter(
      (series) => series.indicatorId === 'poor-population' && series.regionId !== '522600',
    );
    expect(imported.map((series) => series.points)).toEqual(
      original.map((series) => series.points),
    );
  });

  it('reads a panel CSV exported in Chinese', async () => {
    const db = await database('catalog');
    const model = buildPanelModel(povertyRateView(), fixtureCatalog.series, 'zh-CN');
    const result = await importCsv(db, [{ name: 'zh.csv', text: panelCsv(model, 'zh-CN') }], {
      replace: false,
    });
    expect(result).toMatchObject({ problems: [], observations: 5 });
    const query = { indicatorIds: ['poverty-rate'], regionIds: ['CN-GZ'], fromYear: 2012 };
    // Every column lands where it belongs: value, status, source and note as exported.
    expect((await findSeries(db, { ...query, toYear: 2016 }))[0]?.points).toEqual(
      model.series[0]?.points,
    );
  });

  it('reverses the formula neutralisation of the export', async () => {
    const db = await database('catalog');
    const text = `${header}\r\npoverty-rate,x,CN-GZ,x,2012,26.8,percent,reported,china-daily-2017-12-18,x,'=1+2\r\n`;
    expect((await importCsv(db, [{ name: 'a.csv', text }], { replace: false })).problems).toEqual(
      [],
    );
    expect(
      (await findSeries(db, { indicatorIds: ['poverty-rate'], regionIds: ['CN-GZ'] }))[0]?.points[0]
        ?.note,
    ).toBe('=1+2');
  });

  it('reports every bad row with its line and reason, and changes nothing', async () => {
    const db = await database('all');
    const before = await count(db);
    const text = [
      header,
      'poverty-rate,x,CN-GZ,x,2021,5,percent,reported,china-daily-2017-12-18,x,fine on its own',
      'poverty-rate,x,CN-GZ,x,2022,five,percent,reported,china-daily-2017-12-18,x,',
      'no-such-indicator,x,CN-GZ,x,2022,1,percent,reported,china-daily-2017-12-18,x,',
      'poverty-rate,x,CN-GZ,x,2023,1,percent,guessed,nowhere,x,"a note',
      'spanning two lines"',
      'poverty-rate,x,CN-GZ,x,2024-H1,1,count,reported,china-daily-2017-12-18,x,',
      'poverty-rate,x,CN-GZ,x,2021,6,percent,reported,china-daily-2017-12-18,x,',
    ].join('\n');
    const result = await importCsv(db, [{ name: 'bad.csv', text }], { replace: false });
    expect(result.problems).toEqual([
      { file: 'bad.csv', line: 3, reason: 'value: expected a number, got "five"' },
      {
        file: 'bad.csv',
        line: 4,
        reason: 'unknown indicator "no-such-indicator" (add it in an indicators file)',
      },
      {
        file: 'bad.csv',
        line: 5,
        reason: 'status: expected reported, estimated or derived, got "guessed"',
      },
      { file: 'bad.csv', line: 5, reason: 'unknown source "nowhere" (add it in a sources file)' },
      {
        file: 'bad.csv',
        line: 7,
        reason: 'period "2024-H1" does not fit the indicator\'s annual frequency',
      },
      {
        file: 'bad.csv',
        line: 7,
        reason: 'unit "count" differs from the indicator\'s unit "percent"',
      },
      { file: 'bad.csv', line: 8, reason: 'repeats poverty-rate, CN-GZ, 2021 from bad.csv line 2' },
    ]);
    expect(await count(db)).toBe(before);
  });

  it('refuses a row already in the database unless told to replace it', async () => {
    const db = await database('all');
    const text = `${header}\npoverty-rate,x,CN-GZ,x,2016,10.7,percent,reported,china-daily-2017-12-18,x,revised\n`;
    expect(
      (await importCsv(db, [{ name: 'a.csv', text }], { replace: false })).problems[0]?.reason,
    ).toBe('poverty-rate, CN-GZ, 2016 is already in the database; pass --replace to overwrite it');
    expect((await importCsv(db, [{ name: 'a.csv', text }], { replace: true })).problems).toEqual(
      [],
    );
    const points = (
      await findSeries(db, {
        indicatorIds: ['poverty-rate'],
        regionIds: ['CN-GZ'],
        fromYear: 2016,
        toYear: 2016,
      })
    )[0]?.points;
    expect(points).toEqual([
      {
        period: '2016',
        value: 10.7,
        status: 'reported',
        sourceId: 'china-daily-2017-12-18',
        note: 'revised',
      },
    ]);
  });

  it('brings in new indicators, regions and sources with their observations', async () => {
    const db = await database('catalog');
    const result = await importCsv(
      db,
      [
        {
          name: 'indicators.csv',
          text: 'id,name_en,name_zh,description_en,description_zh,unit,measure,direction,frequency,topic\nschool-enrolment,School enrolment,入学率,Share enrolled,入学比例,percent,rate,higher-is-better,annual,poverty\n',
        },
        {
          name: 'regions.csv',
          text: 'id,name_en,name_zh,level,parent_id\n520111,Huaxi,花溪区,prefecture,CN-GZ\n',
        },
        {
          name: 'sources.csv',
          text: 'id,publisher,title,date,url,note\nmy-survey,My survey,,2024,https://example.org/survey,\n',
        },
        {
          name: 'data.csv',
          text: `${header}\nschool-enrolment,,520111,,2023,97.5,percent,reported,my-survey,,\n`,
        },
      ],
      { replace: false },
    );
    expect(result).toMatchObject({
      problems: [],
      observations: 1,
      indicators: 1,
      regions: 1,
      sources: 1,
    });
    expect(
      (await findSeries(db, { indicatorIds: ['school-enrolment'], regionIds: ['520111'] }))[0]
        ?.points[0]?.value,
    ).toBe(97.5);
  });

  it('refuses counts the dashboard re-expressed, which are not the published figures', async () => {
    const db = await database('catalog');
    const model = buildPanelModel(
      panelView({
        indicator: fixtureIndicator('villages-exited'),
        regions: [fixtureRegion('CN-GZ')],
        fromYear: 2016,
        toYear: 2020,
        shownStatuses: ['estimated', 'derived'],
        countView: 'per-period',
        events: [],
        eventSources: [],
      }),
      fixtureCatalog.series,
      'en',
    );
    const result = await importCsv(db, [{ name: 'per-year.csv', text: panelCsv(model, 'en') }], {
      replace: false,
    });
    expect(result.problems[0]?.reason).toBe(
      "values re-expressed as per-period-count by the dashboard, not the indicator's cumulative-count figures; export the panel as published to import it",
    );
  });

  it('finds a repeat thousands of rows after the row it repeats, read from a file on disk', async () => {
    const db = await database('catalog');
    // A monthly series long enough to span several of the import's batches of rows.
    const rows = Array.from({ length: 2_400 }, (_, index) => {
      const year = 1900 + Math.floor(index / 12);
      const month = String((index % 12) + 1).padStart(2, '0');
      return `test-monthly,CN-GZ,${year}-${month},${index},reported,test-source`;
    });
    rows.push(rows[10] ?? '');
    const dir = mkdtempSync(join(tmpdir(), 'import-'));
    try {
      const write = (name: string, lines: string[]) => {
        writeFileSync(join(dir, name), `${lines.join('\n')}\n`);
        return { name, path: join(dir, name) };
      };
      const inputs = [
        write('sources.csv', ['id,publisher', 'test-source,Test publisher']),
        write('indicators.csv', [
          'id,name_en,name_zh,description_en,description_zh,unit,measure,direction,frequency,topic',
          'test-monthly,Test,测试,Test,测试,count,level,higher-is-better,monthly,poverty',
        ]),
        write('observations.csv', [
          'indicator_id,region_id,period,value,status,source_id',
          ...rows,
        ]),
      ];
      const refused = await importCsv(db, inputs, { replace: false });
      expect(refused.problems).toEqual([
        {
          file: 'observations.csv',
          line: 2_402,
          reason: 'repeats test-monthly, CN-GZ, 1900-11 from observations.csv line 12',
        },
      ]);
      expect(await count(db)).toBe(0);
      // Without the repeat, every row goes in.
      inputs[2] = write('observations.csv', [
        'indicator_id,region_id,period,value,status,source_id',
        ...rows.slice(0, -1),
      ]);
      const imported = await importCsv(db, inputs, { replace: false });
      expect(imported.problems).toEqual([]);
      expect(imported.observations).toBe(2_400);
      expect(await count(db)).toBe(2_400);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('lists the first thousand problems and counts them all', async () => {
    const db = await database('catalog');
    const rows = Array.from(
      { length: 1_500 },
      () => 'poverty-rate,XX,2016,1,reported,china-daily-2017-12-18',
    );
    const result = await importCsv(
      db,
      [
        {
          name: 'a.csv',
          text: ['indicator_id,region_id,period,value,status,source_id', ...rows].join('\n'),
        },
      ],
      { replace: false },
    );
    expect(result.problems).toHaveLength(problemListLimit);
    // Each row has an unknown region, and all but the first repeat the one before.
    expect(result.problemCount).toBe(1_500 + 1_499);
    expect(result.problems[0]).toEqual({
      file: 'a.csv',
      line: 2,
      reason: 'unknown region "XX" (add it in a regions file)',
    });
  });

  it('says what it expects of a file it cannot recognise', async () => {
    const db = await database('catalog');
    const result = await importCsv(db, [{ name: 'x.csv', text: 'a,b\n1,2\n' }], { replace: false });
    expect(result.problems).toEqual([
      {
        file: 'x.csv',
        line: 1,
        reason:
          'unrecognised header; observations need indicator_id, region_id, period, value, status, source_id',
      },
    ]);
  });

  it('imports a region listed before its parent in the same file', async () => {
    const db = await database('catalog');
    const text = [
      'id,name_en,name_zh,level,parent_id',
      'test-child,Test child,测试子区,prefecture,test-parent',
      'test-parent,Test parent,测试父区,prefecture,CN-GZ',
    ].join('\n');
    expect(
      (await importCsv(db, [{ name: 'regions.csv', text }], { replace: false })).problems,
    ).toEqual([]);
    const imported = (await listRegions(db)).filter((region) => region.id.startsWith('test-'));
    expect(imported.map((region) => [region.id, region.parentId])).toEqual([
      ['test-child', 'test-parent'],
      ['test-parent', 'CN-GZ'],
    ]);
  });

  it('imports policy events, which /api/v1/events then serves', async () => {
    const db = await database('catalog');
    const result = await importCsv(
      db,
      [
        { name: 'sources.csv', text: 'id,publisher\ntest-source,Test publisher\n' },
        {
          name: 'events.csv',
          text: [
            eventsHeader,
            'test-fair,2019,Test fair,测试博览会,A fair made up for the test,为测试虚构的博览会,test-source,CN,,e-commerce',
            'test-plan,2018-06,Test plan,测试规划,"A plan, made up for the test",为测试虚构的规划,test-source,CN-GZ,poverty-rate; poor-population,',
          ].join('\n'),
        },
      ],
      { replace: false },
    );
    expect(result).toMatchObject({ problems: [], events: 2, sources: 1 });
    const testPlan = {
      id: 'test-plan',
      date: '2018-06',
      title: { en: 'Test plan', zh: '测试规划' },
      description: { en: 'A plan, made up for the test', zh: '为测试虚构的规划' },
      sourceId: 'test-source',
      regionIds: ['CN-GZ'],
      indicatorIds: ['poverty-rate', 'poor-population'],
      topics: [],
    };
    const testSource = { id: 'test-source', publisher: 'Test publisher' };
    const all = eventsResponseSchema.parse(await served(db, '/events'));
    expect(all.data.map((event) => event.id)).toEqual(['test-plan', 'test-fair']);
    expect(all.sources).toEqual([testSource]);
    // Bijie lies within Guizhou, which the plan concerns; the fair is about e-commerce.
    expect(await served(db, '/events?indicator=poverty-rate&region=520500')).toEqual({
      data: [testPlan],
      sources: [testSource],
    });
  });

  it('replaces an event whole: it then concerns only the regions its new row lists', async () => {
    const db = await database('catalog');
    const events = (regionIds: string) => ({
      name: 'events.csv',
      text: `${eventsHeader}\ntest-visit,2017,Test visit,测试考察,A test visit,测试考察,decision-2015-11-29,${regionIds},,poverty\n`,
    });
    await importCsv(db, [events('520500;520100')], { replace: false });
    expect((await importCsv(db, [events('520100')], { replace: false })).problems).toEqual([
      {
        file: 'events.csv',
        line: 2,
        reason: 'event "test-visit" already exists; pass --replace to overwrite it',
      },
    ]);
    expect((await importCsv(db, [events('520100')], { replace: true })).problems).toEqual([]);
    const inBijie = eventsResponseSchema.parse(await served(db, '/events?region=520500'));
    expect(inBijie.data).toEqual([]);
    const all = eventsResponseSchema.parse(await served(db, '/events'));
    expect(all.data.map((event) => event.regionIds)).toEqual([['520100']]);
  });

  it('refuses events with a bad date, an unknown source or an unknown indicator, and writes none', async () => {
    const db = await database('catalog');
    const row = (id: string, date: string, source: string, indicators: string) =>
      `${id},${date},Test,测试,A test event,测试事件,${source},CN-GZ,${indicators},`;
    const text = [
      eventsHeader,
      row('test-bad-date', '2018-13', 'decision-2015-11-29', 'poverty-rate'),
      row('test-unknown-source', '2018', 'nowhere', 'poverty-rate'),
      row(
        'test-unknown-indicator',
        '2018',
        'decision-2015-11-29',
        'poverty-rate;no-such-indicator',
      ),
      row('test-fine', '2018', 'decision-2015-11-29', 'poverty-rate'),
    ].join('\n');
    const result = await importCsv(db, [{ name: 'events.csv', text }], { replace: false });
    expect(result.problems).toEqual([
      {
        file: 'events.csv',
        line: 2,
        reason: 'date: expected a date such as "2015-11-29", "2016-02" or "2014"',
      },
      {
        file: 'events.csv',
        line: 3,
        reason: 'unknown source "nowhere" (add it in a sources file)',
      },
      {
        file: 'events.csv',
        line: 4,
        reason: 'unknown indicator "no-such-indicator" (add it in an indicators file)',
      },
    ]);
    expect(result.events).toBe(0);
    expect(await count(db, 'events')).toBe(0);
  });

  it('imports targets, which /api/v1/indicators then serves with their sources', async () => {
    const db = await database('catalog');
    const inputs = [
      { name: 'sources.csv', text: 'id,publisher\ntest-plan-office,Test planning office\n' },
      {
        name: 'targets.csv',
        text: [
          'indicator_id,region_id,period,value,source_id,note',
          "poverty-rate,520500,2020,0,test-plan-office,Bijie's share of the national goal",
          'poverty-rate,CN-GZ,2020,0.5,decision-2015-11-29,',
        ].join('\n'),
      },
    ];
    // Guizhou's target for 2020 came with the fixtures.
    const refused = await importCsv(db, inputs, { replace: false });
    expect(refused.problems).toEqual([
      {
        file: 'targets.csv',
        line: 3,
        reason:
          'target poverty-rate, CN-GZ, 2020 is already in the database; pass --replace to overwrite it',
      },
    ]);
    expect(await importCsv(db, inputs, { replace: true })).toMatchObject({
      problems: [],
      targets: 2,
    });
    const { data } = indicatorsResponseSchema.parse(await served(db, '/indicators'));
    const povertyRate = data.find((indicator) => indicator.id === 'poverty-rate');
    // In the order of the regions: China, Guizhou, then its prefecture Bijie.
    expect(
      povertyRate?.targets.map((target) => [target.regionId, target.value, target.note]),
    ).toEqual([
      ['CN', 0, expect.stringContaining('13th Five-Year Plan')],
      ['CN-GZ', 0.5, undefined],
      ['520500', 0, "Bijie's share of the national goal"],
    ]);
    expect(povertyRate?.sources).toContainEqual({
      id: 'test-plan-office',
      publisher: 'Test planning office',
    });
  });
});
