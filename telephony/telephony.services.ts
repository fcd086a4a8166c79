/**
 * The telephony channel's services, built once at start from the engine, the repositories and
 * the configuration (server/services.ts calls this; nothing here knows the database).
 */
import type { Config } from '../server/config';
import type { CallerRepository } from './callers.port';
import { InboundSmsService, type InboundSmsDeps } from './sms/inbound-sms.service';
import { OptOutGuard, type SmsSender } from './sms/sms-sender';
import { TwilioSmsSender, type TwilioSmsOptions } from './sms/twilio-sms-sender';
import type { CallRecordRepository } from './voice/call-record.port';
import { VoiceCallService, type VoiceDeps } from './voice/voice-call.service';
import { VoiceHandoffService } from './voice/voice-handoff.service';

export interface TelephonyServices {
  sms: InboundSmsService;
  voice: VoiceCallService;
  handoff: VoiceHandoffService;
  callers: CallerRepository;
  calls: CallRecordRepository;
  /** Outbound SMS; undefined until TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN and TWILIO_PHONE_NUMBER are set. */
  smsSender?: SmsSender;
}

export interface TelephonyDeps {
  engine: InboundSmsDeps['engine'] & VoiceDeps['engine'];
  callers: CallerRepository;
  calls: CallRecordRepository;
  config: Pick<Config, 'twilio' | 'emergencyNumber' | 'operatorNumber' | 'elderlyNumbers' | 'maxTextLength'>;
  /** Tests point the Twilio REST client at a local fake. */
  twilioHttpClient?: TwilioSmsOptions['httpClient'];
}

export function createTelephonyServices(deps: TelephonyDeps): TelephonyServices {
  const { engine, callers, calls, config } = deps;
  const numbers = { emergency: config.emergencyNumber, operator: config.operatorNumber };
  return {
    sms: new InboundSmsService({ engine, callers, emergencyNumber: config.emergencyNumber, maxTextLength: config.maxTextLength }),
    voice: new VoiceCallService({ engine, calls, callers, numbers, elderlyNumbers: new Set(config.elderlyNumbers) }),
    handoff: new VoiceHandoffService({ calls, numbers }),
    callers,
    calls,
    smsSender: createSmsSender(deps),
  };
}

function createSmsSender({ config, callers, twilioHttpClient }: TelephonyDeps): SmsSender | undefined {
  const { accountSid, authToken, phoneNumber } = config.twilio;
  if (!accountSid || !authToken || !phoneNumber) return undefined;
  return new OptOutGuard(new TwilioSmsSender({ accountSid, authToken, from: phoneNumber, httpClient: twilioHttpClient }), callers);
}
