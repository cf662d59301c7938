// Entry of the `vietext` command (bin). The same module runs as a worker thread when started
// by the CLI's worker pool, so the build needs only this one file.
import { isMainThread, workerData } from 'node:worker_threads';
import { runCli } from './run-cli.js';
import { runWorker, WORKER_FLAG } from './worker-pool.js';

if (!isMainThread && (workerData as Record<string, unknown> | null)?.[WORKER_FLAG]) {
  runWorker();
} else {
  // A closed pipe (`vietext ... | head`) and Ctrl-C end the run quietly.
  const quit = (code: number) => () => process.exit(code);
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') quit(0)();
    else {
      process.stderr.write(`vietext: cannot write output: ${e.message}\n`);
      process.exit(1);
    }
  });
  process.on('SIGINT', () => {
    if (process.stderr.isTTY) process.stderr.write('\r\u001b[K');
    quit(130)();
  });
  runCli(process.argv.slice(2), new URL(import.meta.url), {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      // Not a user error: a bug. One line plus where to report it, no stack unless asked for.
      const err = e as Error;
      process.stderr.write(`vietext: internal error: ${err?.message ?? String(e)}\n`);
      if (process.env.VIETEXT_DEBUG) process.stderr.write(`${err?.stack ?? ''}\n`);
      process.exitCode = 70;
    },
  );
}
