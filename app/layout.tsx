import type { Metadata } from 'next';
import { Suspense, type ReactNode } from 'react';
import { Footer } from './ui/footer';
import { Nav } from './ui/nav';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Taskshift', template: '%s · Taskshift' },
  description: 'How AI is reshaping work, occupation by occupation and task by task.',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip" href="#main">
          Skip to content
        </a>
        <Nav />
        <main id="main">{children}</main>
        <Suspense fallback={<footer className="footer">Loading versions…</footer>}>
          <Footer />
        </Suspense>
      </body>
    </html>
  );
}
