import { type RefObject, useEffect, useMemo, useRef } from 'react';
import type { YearOnYear } from '../../domain/deltas';
import { formatAbsoluteChange, formatPlainNumber, formatRelativeChange } from '../../domain/format';
import { statusLabel, unitLabel } from '../../domain/labels';
import type { PanelModel } from '../../domain/panel-model';
import { periodLabel } from '../../domain/periods';
import { useI18n } from '../../i18n/i18n-context';
import type { Locale } from '../../i18n/locale';
import { PanelEvents } from './panel-context';
import { type PanelPeriodLink, useShownPeriod } from './use-panel-period';
import './panel-table.css';

/** The change on the year before, absolute and, where available, relative: "-3.7 pp (-25.9 %)". */
function yearOnYearText(change: YearOnYear, model: PanelModel, locale: Locale): string {
  if (!change.absolute.ok) return '—';
  const absolute = formatAbsoluteChange(
    change.absolute.value,
    model.changeUnit,
    model.view.indicator.unit,
    locale,
  );
  return change.relative.ok
    ? `${absolute} (${formatRelativeChange(change.relative.value, locale)})`
    : absolute;
}

/**
 * The same numbers as the chart, as a table: one row per period, value and change per region. The
 * row of the shared period is marked; hovering a row, or the up and down arrows on the focused
 * table, move it.
 */
export function PanelTable({
  model,
  periodLink,
}: {
  model: PanelModel;
  periodLink?: PanelPeriodLink;
}) {
  const body = useRef<HTMLTableSectionElement>(null);
  const { locale, t } = useI18n();
  const unit = unitLabel(model.view.indicator.unit, locale);
  const label = t('table.label', { title: model.title });
  // One lookup per region, not a search per cell: 100 regions x 240 months is 24,000 cells.
  const lookups = useMemo(
    () =>
      model.series.map((series) => ({
        points: new Map(series.points.map((point) => [point.period, point])),
        changes: new Map(series.deltas.yearOnYear.map((change) => [change.period, change])),
      })),
    [model],
  );
  return (
    <section
      className="panel-table"
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a table wider than the panel scrolls, and a keyboard user must be able to focus it to scroll and to step through its rows.
      tabIndex={0}
      aria-label={label}
      onKeyDown={periodLink?.onTableKeyDown}
      onBlur={periodLink?.onBlur}
      onMouseLeave={() => periodLink?.onRowPointer(null)}
    >
      <table>
        <caption>
          {model.title} ({unit})
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('table.period')}</th>
            {model.series.map((series) => (
              <th scope="col" key={series.region.id}>
                {series.regionName}
              </th>
            ))}
            {model.series.map((series) => (
              <th scope="col" key={`${series.region.id}-change`}>
                {t('table.change', { region: series.regionName })}
              </th>
            ))}
          </tr>
        </thead>
        <tbody ref={body}>
          {model.periods.map((period) => (
            <tr
              key={period}
              data-period={period}
              onMouseEnter={() => periodLink?.onRowPointer(period)}
            >
              <th scope="row">{periodLabel(period, locale)}</th>
              {model.series.map((series, column) => {
                const point = lookups[column]?.points.get(period);
                if (!point || point.value === null) {
                  return (
                    <td key={series.region.id} className="panel-table__gap">
                      <span aria-hidden="true">—</span>
                      <span className="visually-hidden">{t('table.noValue')}</span>
                    </td>
                  );
                }
                return (
                  <td key={series.region.id} title={point.note}>
                    {formatPlainNumber(point.value, locale)}
                    {point.status !== 'reported' && (
                      <span className={`status-tag status-tag--${point.status}`}>
                        {statusLabel(point.status, locale)}
                      </span>
                    )}
                  </td>
                );
              })}
              {model.series.map((series, column) => {
                const change = lookups[column]?.changes.get(period);
                return (
                  <td key={`${series.region.id}-change`}>
                    {change ? yearOnYearText(change, model, locale) : '—'}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {periodLink && <SharedRowMark periodLink={periodLink} body={body} />}
      <TableNotes model={model} />
      <PanelEvents model={model} layout="table" />
    </section>
  );
}

/**
 * Marks the shared period's row. It sets a class on the row rather than re-rendering the table, so
 * that moving the pointer over a table of 24,000 cells redraws two rows, not all of them.
 */
function SharedRowMark({
  periodLink,
  body,
}: {
  periodLink: PanelPeriodLink;
  body: RefObject<HTMLTableSectionElement | null>;
}) {
  const { period } = useShownPeriod(periodLink);
  const { model } = periodLink;
  // biome-ignore lint/correctness/useExhaustiveDependencies: new data may draw new rows, so the mark is set again when the model changes.
  useEffect(() => {
    if (period === null) return;
    const row = body.current?.querySelector(`tr[data-period="${CSS.escape(period)}"]`);
    row?.classList.add('panel-table__shared');
    return () => row?.classList.remove('panel-table__shared');
  }, [period, body, model]);
  return null;
}

/** Every point's note, visible under the table (a title attribute is not read by everyone). */
function TableNotes({ model }: { model: PanelModel }) {
  const { locale, t } = useI18n();
  const notes = model.series.flatMap((series) =>
    series.points
      .filter((point) => point.note)
      .map((point) => ({
        key: `${series.region.id}-${point.period}`,
        region: series.regionName,
        point,
      })),
  );
  if (notes.length === 0) return null;
  return (
    <dl className="panel-table__notes">
      <dt className="visually-hidden">{t('table.notes')}</dt>
      {notes.map(({ key, region, point }) => (
        <dd key={key}>
          {region}, {periodLabel(point.period, locale)}: {point.note}
        </dd>
      ))}
    </dl>
  );
}
