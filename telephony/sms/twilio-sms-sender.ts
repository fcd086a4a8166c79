import twilio from 'twilio';
import type { SmsSender } from '../../conversation/sms-sender.port';

export interface TwilioSmsOptions {
  accountSid: string;
  authToken: string;
  /** TWILIO_PHONE_NUMBER, the sender. */
  from: string;
  /** Tests pass one that talks to a local fake of the Twilio API. */
  httpClient?: twilio.RequestClient;
}

/** Twilio's own limit for one message body; longer bodies are refused by the API. */
export const MAX_BODY = 1600;

export class TwilioSmsSender implements SmsSender {
  private readonly client: twilio.Twilio;

  constructor(private readonly options: TwilioSmsOptions) {
    // env: {} keeps the library from reading TWILIO_* from process.env behind the configuration's back.
    this.client = twilio(options.accountSid, options.authToken, { httpClient: options.httpClient, env: {} });
  }

  async send(to: string, body: string): Promise<{ sid: string }> {
    if (body.length > MAX_BODY) throw new Error(`SMS body is ${body.length} characters; at most ${MAX_BODY}`);
    const message = await this.client.messages.create({ to, from: this.options.from, body });
    return { sid: message.sid };
  }
}
