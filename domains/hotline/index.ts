/** The hotline's own intents: greeting, goodbye, out of scope, a person, the community services on offer. */
export { createHandlers, type HotlineSettings } from './hotline.handlers';
