import { useI18n } from '../../i18n/i18n-context';
import { joinList } from '../../i18n/locale';
export interface CheckboxOption {
  id: string;
  label: string;
  group?: string;
}

interface CheckboxMenuProps {
  label: string;
  options: readonly CheckboxOption[];
  selected: readonly string[];
  onChange: (selected: string[]) => void;
}

/**
 * A disclosure holding a group of checkboxes: native elements, so keyboard and screen readers
 * work without scripting. The last checked option cannot be unchecked.
 */
export function CheckboxMenu({ label, options, selected, onChange }: CheckboxMenuProps) {
  const { locale } = useI18n();
  const selectedLabels = options
    .filter((option) => selected.includes(option.id))
    .map((option) => option.label);
  const groups = [...new Set(options.map((option) => option.group ?? ''))];

  const toggle = (id: string, checked: boolean) => {
    const next = checked ? [...selected, id] : selected.filter((candidate) => candidate !== id);
    // Keep the options' own order, so the panels and the URL do not depend on click order.
    onChange(options.map((option) => option.id).filter((candidate) => next.includes(candidate)));
  };

  return (
    <details className="checkbox-menu">
      <summary>
        <span className="checkbox-menu__label">{label}</span>
        <span className="checkbox-menu__value">{joinList(selectedLabels, locale)}</span>
      </summary>
      <fieldset className="checkbox-menu__list" aria-label={label}>
        {groups.map((group) => (
          <div key={group} className="checkbox-menu__group">
            {group && <p className="checkbox-menu__group-name">{group}</p>}
            {options
              .filter((option) => (option.group ?? '') === group)
              .map((option) => {
                const checked = selected.includes(option.id);
                return (
                  <label key={option.id} className="checkbox-menu__option">
                    <input
                      type="checkbox"
                      checked={checked}
                      disabled={checked && selected.length === 1}
                      onChange={(event) => toggle(option.id, event.target.checked)}
                    />
                    {option.label}
                  </label>
                );
              })}
          </div>
        ))}
      </fieldset>
    </details>
  );
}
