import type { LoggerOptions } from 'pino';
import type { Config } from './config';

/**
 * Phone numbers and message text never reach the log: Twilio's form fields, chat text and
 * the addresses conversations are keyed by are censored wherever they appear.
 */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers["x-twilio-signature"]',
  'text',
  'body',
  'address',
  'phone',
  'caller',
  'From',
  'To',
  'Body',
  '*.text',
  '*.body',
  '*.address',
  '*.phone',
  '*.caller',
  '*.From',
  '*.To',
  '*.Body',
  '*.SpeechResult',
];

/** A query string can carry anything a client put there (numbers, text): the log keeps the path only. */
export function redactQuery(url: string): string {
  const q = url.indexOf('?');
  return q === -1 ? url : `${url.slice(0, q)}?[redacted]`;
}

interface LoggedRequest {
  method?: string;
  url?: string;
  id?: string;
}

export function loggerOptions(config: Pick<Config, 'logLevel'>): LoggerOptions {
  return {
    level: config.logLevel,
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    serializers: {
      req: (req: LoggedRequest) => ({ method: req.method, url: redactQuery(req.url ?? ''), id: req.id }),
    },
  };
}
