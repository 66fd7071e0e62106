import Link from 'next/link';

const LINKS = [
  ['/', 'Overview'],
  ['/occupations', 'Occupations'],
  ['/employment', 'Employment'],
  ['/industries', 'Industries'],
  ['/scenarios', 'Scenarios'],
  ['/employment/shown-up', 'Shown up yet?'],
  ['/skills', 'Skills'],
  ['/indices', 'Indices'],
  ['/model', 'Model'],
  ['/data', 'Data'],
  ['/catalogues', 'Catalogues'],
] as const;

/** Site navigation: plain links, keyboard-reachable, wrapping on narrow screens. */
export function Nav() {
  return (
    <header className="topbar">
      <Link href="/" className="brand">
        Taskshift
      </Link>
      <nav aria-label="Main">
        <ul>
          {LINKS.map(([href, label]) => (
            <li key={href}>
              <Link href={href}>{label}</Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
