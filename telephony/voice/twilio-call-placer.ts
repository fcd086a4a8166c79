/**
 * Automated check-in calls through Twilio's REST API (calls.create): Twilio fetches the service's
 * own TwiML from PUBLIC_BASE_URL/twilio/voice/checkin and reports the call's end to its status route.
 */
import twilio from 'twilio';
import type { CallPlacer } from '../../conversation/key-people.port';
import { checkInStatusUrl, checkInUrl } from './voice-paths';

export interface TwilioCallOptions {
  accountSid: string;
  authToken: string;
  /** TWILIO_PHONE_NUMBER, the caller id. */
  from: string;
  publicBaseUrl: string;
  httpClient?: twilio.RequestClient;
}

/** Seconds the phone rings before Twilio reports no-answer: long enough for someone slow to the phone. */
const RING_SECONDS = 40;

export class TwilioCallPlacer implements CallPlacer {
  private readonly client: twilio.Twilio;

  constructor(private readonly options: TwilioCallOptions) {
    this.client = twilio(options.accountSid, options.authToken, { httpClient: options.httpClient, env: {} });
  }

  async call(to: string, checkInId: string): Promise<{ sid: string }> {
    const base = this.options.publicBaseUrl;
    const call = await this.client.calls.create({
      to,
      from: this.options.from,
      url: base + checkInUrl(checkInId),
      method: 'POST',
      statusCallback: base + checkInStatusUrl(checkInId),
      statusCallbackMethod: 'POST',
      statusCallbackEvent: ['completed'],
      timeout: RING_SECONDS,
    });
    return { sid: call.sid };
  }
}
