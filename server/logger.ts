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

export function loggerOptions(config: Pick<Config, 'logLevel'>): LoggerOptions {
  return {
    level: config.logLevel,
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
  };
}
