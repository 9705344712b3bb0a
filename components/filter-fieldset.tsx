/**
 * One group of filter checkboxes in a GET form: ticked values are submitted as repeated
 * `name=value` parameters, so filtering works without JavaScript.
 */
export function FilterFieldset<T extends string>({
  legend,
  name,
  options,
  checked,
  label,
}: {
  legend: string;
  name: string;
  options: readonly T[];
  checked: readonly T[];
  label: (value: T) => string;
}) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      {options.map((v) => (
        <label key={v}>
          <input type="checkbox" name={name} value={v} defaultChecked={checked.includes(v)} />{' '}
          {label(v)}
        </label>
      ))}
    </fieldset>
  );
}
