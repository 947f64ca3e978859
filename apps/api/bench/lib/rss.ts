import { readFileSync } from 'node:fs';

/** Resident set size of a process in KiB, from /proc/<pid>/status (VmRSS). Linux only. */
export function rssKiB(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('VmRSS:'));
  if (!line) throw new Error(`No VmRSS for process ${pid}`);
  return Number(line.split(/\s+/)[1]);
}
