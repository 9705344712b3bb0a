import type { ParamError } from '@/lib/page-params';

/**
 * Rejected query-string parameters, named with their allowed values after a `lead` sentence;
 * the rejected value itself is never shown (it is untrusted input). Renders nothing when there
 * are none.
 */
export function ParamErrors({
  errors,
  lead = 'Some settings in the address were not understood and the defaults are shown instead:',
}: {
  errors: ParamError[];
  lead?: string;
}) {
  if (errors.length === 0) return null;
  return (
    <div role="alert" data-testid="param-errors">
      <p>{lead}</p>
      <ul>
        {errors.map((e, i) => (
          <li key={`${i}-${e.parameter}`}>
            Parameter “{e.parameter}”: {e.error}; allowed: {e.allowed}
          </li>
        ))}
      </ul>
    </div>
  );
}
