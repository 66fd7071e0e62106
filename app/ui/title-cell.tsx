import Link from 'next/link';

/** A row's title, linked where it has a page, followed by its code in small type (e.g. "Nurses 29-1141"). */
export function TitleWithCode({ title, href, code }: { title: string; href: string | null | undefined; code: string }) {
  return (
    <>
      {href ? <Link href={href}>{title}</Link> : title} <span className="small">{code}</span>
    </>
  );
}
