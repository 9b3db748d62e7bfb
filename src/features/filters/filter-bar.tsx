import type { Indicator, Region } from '../../contract/schemas';
import type { Filters } from '../../domain/filter-state';
import { yearBounds } from '../../domain/filter-state';
import { optionalStatuses } from '../../domain/panel-view';
import { useI18n } from '../../i18n/i18n-context';
import { localized } from '../../i18n/locale';
import { CheckboxMenu } from './checkbox-menu';
import './filter-bar.css';

interface FilterBarProps {
  indicators: readonly Indicator[];
  regions: readonly Region[];
  filters: Filters;
  onChange: (next: Filters) => void;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, index) => from + index);
}

function YearSelect({
  label,
  value,
  years,
  onChange,
}: {
  label: string;
  value: number;
  years: readonly number[];
  onChange: (year: number) => void;
}) {
  return (
    <label>
      {label}
      <select value={value} onChange={(event) => onChange(Number(event.target.value))}>
        {years.map((year) => (
          <option key={year} value={year}>
            {year}
          </option>
        ))}
      </select>
    </label>
  );
}

export function FilterBar({ indicators, regions, filters, onChange }: FilterBarProps) {
  const { locale, t } = useI18n();
  const withData = new Set(indicators.flatMap((indicator) => indicator.regionIds));
  const regionChoices = regions
    .filter((region) => withData.has(region.id) || filters.regionIds.includes(region.id))
    .map((region) => ({ id: region.id, label: localized(region.name, locale) }));
  const indicatorChoices = indicators.map((indicator) => ({
    id: indicator.id,
    label: localized(indicator.name, locale),
    group: t(`filters.topic.${indicator.topic}`),
  }));
  const bounds = yearBounds(indicators);
  const years = range(bounds.min, bounds.max);

  const toggleStatus = (status: 'estimated' | 'derived', shown: boolean) =>
    onChange({
      ...filters,
      shownStatuses: optionalStatuses.filter((candidate) =>
        candidate === status ? shown : filters.shownStatuses.includes(candidate),
      ),
    });

  return (
    <form
      className="filter-bar"
      aria-label={t('filters.label')}
      onSubmit={(event) => event.preventDefault()}
    >
      <CheckboxMenu
        label={t('filters.indicators')}
        choices={indicatorChoices}
        selected={filters.indicatorIds}
        onChange={(indicatorIds) => onChange({ ...filters, indicatorIds })}
      />
      <CheckboxMenu
        label={t('filters.regions')}
        choices={regionChoices}
        selected={filters.regionIds}
        onChange={(regionIds) => onChange({ ...filters, regionIds })}
      />
      <div className="filter-bar__years">
        <YearSelect
          label={t('filters.from')}
          value={filters.fromYear}
          years={years.filter((year) => year <= filters.toYear)}
          onChange={(fromYear) => onChange({ ...filters, fromYear })}
        />
        <YearSelect
          label={t('filters.to')}
          value={filters.toYear}
          years={years.filter((year) => year >= filters.fromYear)}
          onChange={(toYear) => onChange({ ...filters, toYear })}
        />
      </div>
      <fieldset className="filter-bar__statuses">
        <legend>{t('filters.show')}</legend>
        {optionalStatuses.map((status) => (
          <label key={status}>
            <input
              type="checkbox"
              checked={filters.shownStatuses.includes(status)}
              onChange={(event) => toggleStatus(status, event.target.checked)}
            />
            {t(status === 'estimated' ? 'filters.showEstimated' : 'filters.showDerived')}
          </label>
        ))}
        <label>
          <input
            type="checkbox"
            checked={filters.showEvents}
            onChange={(event) => onChange({ ...filters, showEvents: event.target.checked })}
          />
          {t('filters.showEvents')}
        </label>
        <label>
          <input
            type="checkbox"
            checked={filters.linkHover}
            onChange={(event) => onChange({ ...filters, linkHover: event.target.checked })}
          />
          {t('filters.linkHover')}
        </label>
      </fieldset>
    </form>
  );
}
