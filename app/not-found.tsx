import Link from 'next/link';

/** Shown for unknown pages and occupation codes. */
export default function NotFound() {
  return (
    <>
      <h1>Not found</h1>
      <p>
        There is no such page or occupation. Try the <Link href="/occupations">occupation search</Link>.
      </p>
    </>
  );
}
