/**
 * After each integration and browser test file: close any app the file started and did not close (a
 * beforeAll that timed out while the app was still starting, a file whose afterAll failed), so its
 * job workers and connections do not outlive the file and fail in the next one.
 */
import { closeLeftoverTestApps } from '../harness/test-app';

// Generous: a start left behind by a timeout may still be training or migrating on a loaded machine.
afterAll(async () => {
  await closeLeftoverTestApps();
}, 180_000);
