import { useI18n } from '../../i18n/i18n-context';
import { joinList } from '../../i18n/locale';
import './checkbox-menu.css';
export interface CheckboxChoice {
  id: string;
  label: string;
  group?: string;
}

interface CheckboxMenuProps {
  label: string;
  choices: readonly CheckboxChoice[];
  selected: readonly string[];
  onChange: (selected: string[]) => void;
}

/**
 * A disclosure holding a group of checkboxes. It is made of native elements, so that keyboards
 * and screen readers work without scripting. The last checked choice cannot be unchecked.
 */
export function CheckboxMenu({ label, choices, selected, onChange }: CheckboxMenuProps) {
  const { locale } = useI18n();
  const selectedLabels = choices
    .filter((choice) => selected.includes(choice.id))
    .map((choice) => choice.label);
  const groups = [...new Set(choices.map((choice) => choice.group ?? ''))];

  const toggle = (id: string, checked: boolean) => {
    const next = checked ? [...selected, id] : selected.filter((candidate) => candidate !== id);
    // Keep the choices' own order, so the panels and the URL do not depend on click order.
    onChange(choices.map((choice) => choice.id).filter((candidate) => next.includes(candidate)));
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
            {choices
              .filter((choice) => (choice.group ?? '') === group)
              .map((choice) => {
                const checked = selected.includes(choice.id);
                return (
                  <label key={choice.id} className="checkbox-menu__option">
                    <input
                      type="checkbox"
                      checked={checked}
                      disabled={checked && selected.length === 1}
                      onChange={(event) => toggle(choice.id, event.target.checked)}
                    />
                    {choice.label}
                  </label>
                );
              })}
          </div>
        ))}
      </fieldset>
    </details>
  );
}
