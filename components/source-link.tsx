import Link from 'next/link';

/** A figure or label linking to its source's entry on /sources. */
export function SourceLink({
  sourceId,
  children,
}: {
  sourceId: string;
  children: React.ReactNode;
}) {
  return <Link href={`/sources#${sourceId}`}>{children}</Link>;
}
