/**
 * The telephony channel's services, built from the engine, the ports and the channel's settings
 * once the service is ready (nothing here knows the database).
 */
import type { ChannelPorts, MessageHandler } from '../conversation/channel';
import { InboundSmsService } from './sms/inbound-sms.service';
import type { TelephonySettings } from './telephony.settings';
import { VoiceCallService } from './voice/voice-call.service';
import { VoiceHandoffService } from './voice/voice-handoff.service';
import { CheckInCallService } from './voice/check-in-call.service';

export interface TelephonyServices {
  sms: InboundSmsService;
  voice: VoiceCallService;
  handoff: VoiceHandoffService;
  checkIn: CheckInCallService;
}

export function createTelephonyServices(
  engine: MessageHandler,
  ports: ChannelPorts,
  settings: TelephonySettings,
): TelephonyServices {
  const { callers, calls, tickets } = ports;
  const numbers = { emergency: settings.emergencyNumber, operator: settings.operatorNumber };
  return {
    sms: new InboundSmsService({
      engine,
      callers,
      emergencyNumber: settings.emergencyNumber,
      maxTextLength: settings.maxTextLength,
    }),
    voice: new VoiceCallService({ engine, calls, callers, numbers, elderlyNumbers: new Set(settings.elderlyNumbers) }),
    handoff: new VoiceHandoffService({ calls, numbers, tickets }),
    checkIn: new CheckInCallService({
      engine,
      numbers,
      callStatus: ports.checkIns ? (sid, status) => ports.checkIns!.callStatus(sid, status) : undefined,
    }),
  };
}
