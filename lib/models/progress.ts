import cliProgress from 'cli-progress';

/** A progress bar on stderr (stdout stays clean for CSV); disabled when stderr is not a terminal and quiet is set. */
export function progressBar(format: string): cliProgress.SingleBar {
  return new cliProgress.SingleBar(
    { format, stream: process.stderr, hideCursor: true, etaBuffer: 50, noTTYOutput: true, notTTYSchedule: 5000 },
    cliProgress.Presets.shades_classic,
  );
}

/** Counted progress: a bar on a terminal, plain "done/total, rate, ETA" lines in a log. */
export interface CountProgress {
  update: (done: number, total: number) => void;
  /** A stage line ("reading tasks") printed at once, in both modes. */
  note: (text: string) => void;
  stop: () => void;
}

/** What one plain progress line says: done/total unit (percent), rate per second and the time left. */
export function progressLine(label: string, unit: string, done: number, total: number, seconds: number): string {
  const rate = seconds > 0 ? done / seconds : 0;
  const pct = total > 0 ? Math.floor((100 * done) / total) : 0;
  const eta = rate > 0 ? `, ETA ${Math.ceil((total - done) / rate)} s` : '';
  return `${label}: ${done}/${total} ${unit} (${pct}%) in ${seconds.toFixed(1)} s, ${rate.toFixed(0)} ${unit}/s${eta}`;
}

/**
 * Progress for long CLI work on stderr. On a terminal it draws a bar; otherwise (a log, CI, a pipe) it
 * prints a line every `everyMs` with real counts from the first update, so a log is never silent for long.
 */
export function countProgress(
  label: string,
  unit: string,
  options: { everyMs?: number; tty?: boolean; write?: (s: string) => void } = {},
): CountProgress {
  const { everyMs = 2000, tty = Boolean(process.stderr.isTTY) } = options;
  const write = options.write ?? ((s: string) => process.stderr.write(s));
  let started = Date.now();
  let state = { done: 0, total: 0 };
  let printed = '';
  let bar: cliProgress.SingleBar | undefined;
  let timer: NodeJS.Timeout | undefined;
  const print = () => {
    printed = `${state.done}/${state.total}`;
    write(`${progressLine(label, unit, state.done, state.total, (Date.now() - started) / 1000)}\n`);
  };
  return {
    update(done, total) {
      const first = state.total === 0;
      state = { done, total };
      if (tty) {
        if (!bar) {
          bar = progressBar(`${label} |{bar}| {percentage}% {value}/{total} ${unit} | ETA {eta_formatted}`);
          bar.start(total, done);
        } else {
          bar.setTotal(total);
          bar.update(done);
        }
      } else if (first) {
        started = Date.now(); // the rate counts the counted work only, not loading before it
        print();
        timer = setInterval(print, everyMs);
        timer.unref();
      } else if (done >= total && timer) {
        // counted work finished: say so once; later stages (e.g. writing) print their own notes
        clearInterval(timer);
        timer = undefined;
        print();
      }
    },
    note(text) {
      write(`${label}: ${text}\n`);
    },
    stop() {
      if (timer) {
        clearInterval(timer);
        timer = undefined;
        if (printed !== `${state.done}/${state.total}`) print();
      }
      bar?.stop();
      bar = undefined;
    },
  };
}
