/**
 * How the browser tests and the benchmarks launch Debian's Chromium (`apt-get install -y chromium`;
 * `npx playwright install` cannot download browsers here): headless, no background traffic that would add noise.
 */
export const CHROMIUM_LAUNCH = {
  executablePath: '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};
