import { NotReadyError } from '../core/errors';
import type { Services } from './services';

/**
 * The HTTP server listens before the database and model are ready (so /health can say 503);
 * routes reach the services through this and answer 503 until then.
 */
export class ServiceContainer {
  private services?: Services;

  get ready(): boolean {
    return this.services !== undefined;
  }

  set(services: Services): void {
    this.services = services;
  }

  get(): Services {
    if (!this.services) throw new NotReadyError();
    return this.services;
  }

  /** Hands the services over for shutdown and forgets them. */
  take(): Services | undefined {
    const s = this.services;
    this.services = undefined;
    return s;
  }
}
