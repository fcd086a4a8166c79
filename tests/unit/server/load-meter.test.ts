/** The event loop's delay as the meter reads it: late in two measurements running, not in one stall. */
import { LoadMeter } from '../../../server/load-meter';

const busy = (ms: number) => {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    // the loop is held, as a burst of turns' work would hold it
  }
};
const tick = () => new Promise((resolve) => setTimeout(resolve, 120));
/** A second of windows: what the meter looks back over. */
const SECOND_MS = 1000;

describe('LoadMeter', () => {
  let meter: LoadMeter;
  beforeEach(() => (meter = new LoadMeter()));
  afterEach(() => meter.stop());

  it('reads a loop held in window after window as late by at least that much', async () => {
    for (let i = 0; i < 3; i++) {
      busy(300);
      await tick();
    }
    busy(300);
    expect(meter.delayMs()).toBeGreaterThanOrEqual(250);
  });

  it('does not read one stall (a start, a collection) as a late loop', async () => {
    busy(400);
    await tick();
    // Only the machine itself could make it late twice here; a loaded machine gets a few tries.
    let delay = meter.delayMs();
    for (let i = 0; i < 50 && delay >= 250; i++) {
      await tick();
      delay = meter.delayMs();
    }
    expect(delay).toBeLessThan(250);
  });

  it('reads a loop that is free again as on time once the stalls are a second old', async () => {
    busy(300);
    await tick();
    busy(300);
    await tick();
    expect(meter.delayMs()).toBeGreaterThanOrEqual(150);
    await new Promise((resolve) => setTimeout(resolve, SECOND_MS));
    let delay = meter.delayMs();
    // Give a busy machine a few windows: a free loop reads as on time again, whatever it read before.
    for (let i = 0; i < 50 && delay >= 250; i++) {
      await tick();
      delay = meter.delayMs();
    }
    expect(delay).toBeLessThan(250);
  });
});
