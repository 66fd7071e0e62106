import Link from 'next/link';

/** "How is this computed?": the link beside an exposure score to the model card that explains and evaluates it. */
export function HowComputed() {
  return (
    <Link href="/model" className="how-computed" data-testid="how-computed">
      How is this computed?
    </Link>
  );
}
