'use client';

import { type ReactNode, useEffect, useRef, useState } from 'react';

/**
 * The scroll box around a wide table: it scrolls inside its card instead of widening the page, it is
 * a named, focusable region so keyboard users can scroll it with the arrow keys (WCAG 2.1.1), and while
 * its table is wider than the box a hint says so.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  const [overflowing, setOverflowing] = useState(false);

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const measure = () => setOverflowing(el.scrollWidth > el.clientWidth + 1);
    measure();
    // The table changes width with the viewport and when a row's details open.
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    if (el.firstElementChild) observer.observe(el.firstElementChild);
    return () => observer.disconnect();
  }, []);

  return (
    <>
      {overflowing ? (
        <p className="scroll-hint" aria-hidden="true">
          Scroll sideways for more columns →
        </p>
      ) : null}
      {/* biome-ignore lint/a11y/useSemanticElements: a div with role="region" and a label is the same landmark as a <section>, kept a div */}
      <div
        ref={box}
        className="table-wrap"
        role="region"
        aria-label={label}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region is focusable so keyboard users can scroll it (axe scrollable-region-focusable)
        tabIndex={0}
        data-overflowing={overflowing || undefined}
      >
        {children}
      </div>
    </>
  );
}
