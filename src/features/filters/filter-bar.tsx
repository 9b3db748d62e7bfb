import type { Indicator, Region } from '../../api/schemas';
import { type Locale, localized } from '../../domain/locale';
import { CheckboxMenu } from './checkbox-menu';
import type { Filters } from './filter-state';
import { optionalStatuses, yearBounds } from './filter-state';

interface FilterBarProps {
  indicators: readonly Indicator[];
  regions: readonly Region[];
  filters: Filters;
  onChange: (next: Filters) => void;
  locale: Locale;
}

const topicNames: Record<Indicator['topic'], string> = {
  poverty: 'Poverty',
  'e-commerce': 'Rural e-commerce',
  'big-data': 'Big-data economy',
};

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, index) => from + index);
}

export function FilterBar({ indicators, regions, filters, onChange, locale }: FilterBarProps) {
  const withData = new Set(indicators.flatMap((indicator) => indicator.regionIds));
  const regionOptions = regions
    .filter((region) => withData.has(region.id) || filters.regionIds.includes(region.id))
    .map((region) => ({ id: region.id, label: localized(region.name, locale) }));
  const indicatorOptions = indicators.map((indicator) => ({
    id: indicator.id,
    label: localized(indicator.name, locale),
    group: topicNames[indicator.topic],
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
    <form className="filter-bar" aria-label="Filters" onSubmit={(event) => event.preventDefault()}>
      <CheckboxMenu
        label="Indicators"
        options={indicatorOptions}
        selected={filters.indicatorIds}
        onChange={(indicatorIds) => onChange({ ...filters, indicatorIds })}
      />
      <CheckboxMenu
        label="Regions"
        options={regionOptions}
        selected={filters.regionIds}
        onChange={(regionIds) => onChange({ ...filters, regionIds })}
      />
      <div className="filter-bar__years">
        <label>
          From
          <select
            value={filters.fromYear}
            onChange={(event) => onChange({ ...filters, fromYear: Number(event.target.value) })}
          >
            {years
              .filter((year) => year <= filters.toYear)
              .map((year) => (
                <option key={year} value={year}>
                  {year}
                </option>
              ))}
          </select>
        </label>
        <label>
          To
          <select
            value={filters.toYear}
            onChange={(event) => onChange({ ...filters, toYear: Number(event.target.value) })}
          >
            {years
              .filter((year) => year >= filters.fromYear)
              .map((year) => (
                <option key={year} value={year}>
                  {year}
                </option>
              ))}
          </select>
        </label>
      </div>
      <fieldset className="filter-bar__statuses">
        <legend>Show</legend>
        <label>
          <input
            type="checkbox"
            checked={filters.shownStatuses.includes('estimated')}
            onChange={(event) => toggleStatus('estimated', event.target.checked)}
          />
          estimated values
        </label>
        <label>
          <input
            type="checkbox"
            checked={filters.shownStatuses.includes('derived')}
            onChange={(event) => toggleStatus('derived', event.target.checked)}
          />
          derived values
        </label>
      </fieldset>
    </form>
  );
}
