import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { Footer } from './ui/footer';
import { Nav } from './ui/nav';
import { Widget } from './ui/widget';
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
        <Widget what="the model and data versions" fallback={<footer className="footer">Loading versions…</footer>}>
          <Footer />
        </Widget>
      </body>
    </html>
  );
}
