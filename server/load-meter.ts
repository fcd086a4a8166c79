/**
 * How late this instance's event loop runs: the other half of "overloaded" beside the in-flight count.
 *
 * A turn's work is mostly CPU in this thread (the classifier, the screen, rendering, the database
 * driver). When admitted turns keep the loop busy, a new request waits in the kernel until the loop
 * comes round to it, and even its 503 arrives late: counting requests cannot see that queue, the loop's
 * delay can. Shedding while the loop runs late keeps the admitted work small enough that refusals, and
 * the emergencies that are never refused, are answered quickly.
 */
import { monitorEventLoopDelay, performance, type IntervalHistogram } from 'node:perf_hooks';

/** How often the recent delay is taken (and the histogram restarted). */
const WINDOW_MS = 100;
/** Windows looked back over: the last second. */
const WINDOWS = 10;
const RESOLUTION_MS = 10;

export class LoadMeter {
  private readonly histogram: IntervalHistogram = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
  private readonly timer: NodeJS.Timeout;
  /** Each recent window's longest delay, oldest first. */
  private windowsMs: number[] = [];
  private lastTick = performance.now();

  constructor() {
    this.histogram.enable();
    this.timer = setInterval(() => this.tick(), WINDOW_MS);
    this.timer.unref();
  }

  /**
   * How late the loop runs, in milliseconds: the second-longest delay of the last second's windows and
   * this one so far (its timer overdue: the loop is working through a backlog as we ask). One stall (a
   * start, a collection) is not overload; late twice within a second is.
   */
  delayMs(): number {
    const overdue = performance.now() - this.lastTick - WINDOW_MS;
    const [, second = 0] = [...this.windowsMs, overdue].sort((a, b) => b - a);
    return second;
  }

  stop(): void {
    clearInterval(this.timer);
    this.histogram.disable();
  }

  private tick(): void {
    const now = performance.now();
    // The histogram's samples are timers RESOLUTION_MS apart: their lateness beyond that is the delay.
    const sampled = this.histogram.count > 0 ? this.histogram.max / 1e6 - RESOLUTION_MS : 0;
    this.windowsMs.push(Math.max(0, sampled, now - this.lastTick - WINDOW_MS));
    if (this.windowsMs.length > WINDOWS) this.windowsMs.shift();
    this.lastTick = now;
    this.histogram.reset();
  }
}
