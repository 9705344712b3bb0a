import type { SortDir } from '@/lib/table-query';

/**
 * A column header whose link sorts by the column: ascending first, and toggling the direction
 * when the table is already sorted by it, which `aria-sort` and an arrow then show.
 */
export function SortableHeader<C extends string>({
  column,
  label,
  view,
  href,
}: {
  column: C;
  label: string;
  /** The table's current sort. */
  view: { sort: C; dir: SortDir };
  /** The link to the table sorted as given. */
  href: (sort: { sort: C; dir: SortDir }) => string;
}) {
  const sorted = view.sort === column;
  const next = sorted && view.dir === 'asc' ? 'desc' : 'asc';
  return (
    <th
      scope="col"
      aria-sort={sorted ? (view.dir === 'asc' ? 'ascending' : 'descending') : undefined}
    >
      <a
        href={href({ sort: column, dir: next })}
        title={`Sort by ${label.toLowerCase()}, ${next === 'asc' ? 'ascending' : 'descending'}`}
      >
        {label}
        {sorted && <span aria-hidden="true">{view.dir === 'asc' ? ' ▲' : ' ▼'}</span>}
      </a>
    </th>
  );
}
