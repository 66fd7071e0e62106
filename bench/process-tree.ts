import { execFileSync } from 'node:child_process';

/** One process of a tree: its pid, resident memory in MB and command line. */
export interface TreeProcess {
  pid: number;
  rssMb: number;
  command: string;
}

/** Each process of a tree (pid and its descendants) with its RSS in MB and its command line, from ps. */
export function processTree(pid: number): TreeProcess[] {
  const out = execFileSync('ps', ['-e', '-o', 'pid=,ppid=,rss=,args=']).toString().trim().split('\n');
  const rows = out.map((l) => {
    const [p = '', pp = '', rss = '', ...args] = l.trim().split(/\s+/);
    return { pid: Number(p), ppid: Number(pp), rssMb: Number(rss) / 1024, command: args.join(' ') };
  });
  const tree = new Set([pid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const r of rows) {
      if (tree.has(r.ppid) && !tree.has(r.pid)) {
        tree.add(r.pid);
        grew = true;
      }
    }
  }
  // The ps that listed the tree is not part of what is measured (it is a child only when pid is this process).
  return rows
    .filter((r) => tree.has(r.pid) && !r.command.startsWith('ps '))
    .map(({ pid: p, rssMb, command }) => ({ pid: p, rssMb, command }));
}
