/** An export URL with `bom=1` added, so Excel opens the UTF-8 file with the right encoding. */
export function withBom(href: string): string {
  return `${href}${href.includes('?') ? '&' : '?'}bom=1`;
}

/**
 * The "Download CSV" link and, beside it, the same file with a UTF-8 byte-order mark for Excel. `of` names
 * what is downloaded for screen readers ("Download CSV of Employment"), since a page has many such links.
 */
export function CsvLinks({ href, of }: { href: string; of?: string }) {
  const what = of ? <span className="visually-hidden"> of {of}</span> : null;
  return (
    <span className="csv-links">
      <a className="csv" href={href} download>
        Download CSV{what}
      </a>{' '}
      <a className="csv" href={withBom(href)} download>
        Excel (UTF-8 BOM){what}
      </a>
    </span>
  );
}
