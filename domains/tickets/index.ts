/**
 * Community service tickets: medicine delivery, transport, a doctor's or a person's call-back.
 * A request on any channel becomes a ticket in its community's queue with a priority and SLA due
 * times; its status is answered by number; jobs send its notifications and escalate breaches.
 */
import type { HandlerTable } from '../../core/types';
import { serviceCatalog, type ServiceCatalog } from '../../knowledge/services/catalog';
import { createCallbackHandler } from './callback.handler';
import type { CommunityDirectory } from './communities';
import { createRequestHandler } from './request.handler';
import { createStatusHandler } from './status.handler';
import type { TicketService } from './ticket.service';

export { TicketService, TICKET_JOBS, type TicketServiceDeps } from './ticket.service';
export { deliverNotification, SEND_LEASE_MS, SEND_TIMEOUT_SECONDS } from './notification-delivery';
export { sweepSla, type SweepResult } from './sla-sweep';
export {
  loadCommunityDirectory,
  validateCommunities,
  createCommunityDirectory,
  CommunityDirectoryError,
  DEFAULT_COMMUNITIES_FILE,
  type CommunityDirectory,
} from './communities';
export { serviceCatalog };
export { serviceQuestions } from './service-shapes';

export interface TicketHandlerDeps {
  tickets: TicketService;
  communities: CommunityDirectory;
  catalog?: ServiceCatalog;
  emergencyNumber: string;
  /** With a desk to hand over to, "转人工" gives its number; without, it books a call-back ticket. */
  operatorNumber?: string;
}

export function createHandlers(deps: TicketHandlerDeps): HandlerTable {
  const catalog = deps.catalog ?? serviceCatalog;
  const request = { tickets: deps.tickets, communities: deps.communities, catalog };
  return {
    'service.drug_delivery': createRequestHandler('drug_delivery', 'service.drug_delivery', request),
    'service.transport': createRequestHandler('transport', 'service.transport', request),
    'service.doctor': createRequestHandler('doctor_callback', 'service.doctor', request),
    'service.status': createStatusHandler({ tickets: deps.tickets, catalog }),
    ...(deps.operatorNumber
      ? {}
      : { 'human.agent': createCallbackHandler({ tickets: deps.tickets, emergencyNumber: deps.emergencyNumber }) }),
  };
}
