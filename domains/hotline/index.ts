/** The hotline's own intents: greeting, goodbye, out of scope, a person. */
export { createHandlers, type HotlineSettings } from './hotline.handlers';
