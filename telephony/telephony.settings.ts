/** The configuration the telephony channel reads (server/config.ts fills it from the environment). */
export interface TwilioSettings {
  accountSid?: string;
  authToken?: string;
  phoneNumber?: string;
  /** Public origin Twilio calls; webhook signatures are computed over it. */
  publicBaseUrl?: string;
}

export interface TelephonySettings {
  twilio: TwilioSettings;
  emergencyNumber: string;
  operatorNumber?: string;
  /** Callers known to be 65+, put straight through to a person when an operator is set. */
  elderlyNumbers: string[];
  /** Longer texts are cut to this before the engine sees them. */
  maxTextLength: number;
}
