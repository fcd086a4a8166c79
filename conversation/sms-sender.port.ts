/**
 * Outbound SMS, provider-neutral. Twilio cannot do two-way SMS to +86 numbers, so a domestic
 * provider may replace it; whatever sends, OptOutGuard keeps STOP/退订 binding.
 */
import type { CallerRepository } from './callers.port';

export interface SmsSender {
  send(to: string, body: string): Promise<{ sid: string }>;
}

export class RecipientOptedOutError extends Error {
  readonly code = 'sms_opted_out';
  constructor() {
    super('recipient has opted out of SMS');
    this.name = 'RecipientOptedOutError';
  }
}

export class OptOutGuard implements SmsSender {
  constructor(
    private readonly inner: SmsSender,
    private readonly callers: Pick<CallerRepository, 'find'>,
  ) {}

  async send(to: string, body: string): Promise<{ sid: string }> {
    const caller = await this.callers.find(to);
    if (caller?.smsOptOut) throw new RecipientOptedOutError();
    return this.inner.send(to, body);
  }
}
