import type { Server } from 'node:http';

/**
 * Bounds a graceful shutdown: once SIGTERM or SIGINT arrives, a process that has not exited within
 * `seconds` cuts the connections still open (`server`, when it serves HTTP) and exits with 1, so
 * the orchestrator never has to kill it mid-write after its own grace period.
 */
export function exitAfterShutdownDeadline(seconds: number, server?: Server): void {
  const arm = (signal: NodeJS.Signals) => {
    const timer = setTimeout(() => {
      console.error(`${signal}: not closed within ${seconds} s; cutting the connections left and exiting`);
      server?.closeAllConnections();
      process.exit(1);
    }, seconds * 1000);
    // The deadline must not itself keep the process alive once everything else has closed.
    timer.unref();
  };
  process.once('SIGTERM', arm);
  process.once('SIGINT', arm);
}
