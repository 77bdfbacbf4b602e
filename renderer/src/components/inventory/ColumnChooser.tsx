import { useI18n } from '../../i18n';
import { COLUMNS, type ColumnId } from './columns';

/** A disclosure with one checkbox per column; at least one column stays visible. */
export function ColumnChooser({ value, onChange }: { value: readonly ColumnId[]; onChange(ids: ColumnId[]): void }) {
  const { t } = useI18n();
  return (
    <details className="column-chooser">
      <summary>{t('inventory.columns')}</summary>
      <fieldset>
        <legend>{t('inventory.columnsHelp')}</legend>
        {COLUMNS.map((c) => {
          const on = value.includes(c.id);
          return (
            <span className="check-field" key={c.id}>
              <input
                type="checkbox"
                id={`col-${c.id}`}
                checked={on}
                disabled={on && value.length === 1}
                onChange={() => onChange(on ? value.filter((x) => x !== c.id) : COLUMNS.map((x) => x.id).filter((x) => x === c.id || value.includes(x)))}
              />
              <label htmlFor={`col-${c.id}`}>{t(c.label)}</label>
            </span>
          );
        })}
      </fieldset>
    </details>
  );
}
