import { fork, spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';

// Every process the bench starts is registered here and stopped by its owner (in a finally); whatever is left when
// the bench exits — an error, Ctrl-C — is killed on the way out.

const running = new Set<ChildProcess>();

function register(child: ChildProcess): ChildProcess {
  running.add(child);
  child.once('exit', () => running.delete(child));
  return child;
}

function killAllNow(): void {
  for (const child of running) child.kill('SIGKILL');
}

process.once('exit', killAllNow);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    killAllNow();
    process.exit(130);
  });
}

export interface StartedProcess {
  name: string;
  child: ChildProcess;
  pid: number;
  /** Everything it wrote to stdout and stderr, for error messages. */
  output(): string;
  /** It exited (or was killed) without the bench asking it to stop. */
  diedOnItsOwn(): boolean;
  /** SIGTERM, then SIGKILL after a grace period; resolves once it has exited. */
  stop(): Promise<void>;
}

function wrap(name: string, child: ChildProcess): StartedProcess {
  let output = '';
  const keep = (chunk: Buffer) => {
    output += chunk.toString();
    if (output.length > 200_000) output = output.slice(-100_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  if (child.pid === undefined) throw new Error(`${name} could not be started`);
  let stopping = false;
  return {
    name,
    child,
    pid: child.pid,
    output: () => output,
    diedOnItsOwn: () => !stopping && hasExited(child),
    stop: () => {
      stopping = true;
      return stopProcess(child);
    },
  };
}

const hasExited = (child: ChildProcess) => child.exitCode !== null || child.signalCode !== null;

/**
 * A process the bench started ended without being asked to: it crashed, or something outside the bench killed it
 * (on a shared machine, someone's `pkill -f dist/main.js`). The measurement it was part of is worthless, not wrong.
 */
export class ProcessDiedError extends Error {
  constructor(started: StartedProcess, during: string) {
    const { exitCode, signalCode } = started.child;
    const how = signalCode
      ? `was killed by ${signalCode} from outside the bench`
      : exitCode === 130 || exitCode === 143
        ? `stopped (code ${exitCode}) after a ${exitCode === 130 ? 'SIGINT' : 'SIGTERM'} from outside the bench`
        : `exited with code ${exitCode}`;
    super(`${started.name} (pid ${started.pid}) ${how} ${during}:\n${started.output().slice(-5_000)}`);
  }
}

export function stopProcess(child: ChildProcess, graceMs = 10_000): Promise<void> {
  return new Promise((resolve) => {
    if (hasExited(child)) return resolve();
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** `node <script>` with only the given environment (plus PATH). */
export function spawnNode(name: string, script: string, env: Record<string, string>): StartedProcess {
  const child = spawn(process.execPath, [script], {
    env: { PATH: process.env['PATH'] ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return wrap(name, register(child));
}

/** `node <script>` with an IPC channel (for child processes that take commands from the bench). */
export function forkNode(name: string, script: string, env: Record<string, string> = {}): StartedProcess {
  const child = fork(script, [], {
    env: { PATH: process.env['PATH'] ?? '', ...env },
    execArgv: [],
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  return wrap(name, register(child));
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** CPU seconds a process has used so far (Linux), to tell a stuck start from a slow one; null elsewhere. */
export function cpuSecondsOf(pid: number): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

/** Polls `ready` until it answers true; fails when the process exits or the deadline passes (and then stops it). */
export async function waitUntilReady(
  started: StartedProcess,
  ready: () => Promise<boolean>,
  timeoutMs = 120_000,
  everyMs = 50,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (started.diedOnItsOwn()) throw new ProcessDiedError(started, 'while starting');
    if (await ready().catch(() => false)) return;
    if (Date.now() > deadline) {
      const cpu = cpuSecondsOf(started.pid);
      await started.stop();
      throw new Error(`${started.name} was not ready within ${timeoutMs / 1000} s (${cpu ?? '?'} s of CPU used):\n${started.output()}`);
    }
    await sleep(everyMs);
  }
}

/** A GET that answers 2xx. */
export async function answersOk(url: string): Promise<boolean> {
  const res = await fetch(url, { signal: AbortSignal.timeout(2_000) });
  await res.arrayBuffer();
  return res.ok;
}
