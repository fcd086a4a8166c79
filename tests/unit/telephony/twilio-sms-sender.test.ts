import { OptOutGuard, RecipientOptedOutError } from '../../../conversation/sms-sender.port';
import { TwilioSmsSender } from '../../../telephony/sms/twilio-sms-sender';
import { startFakeTwilioApi, type FakeTwilioApi } from '../../../harness/twilio-fake-api';
import { MemoryCallers } from '../../../harness/twilio-fakes';
import { TWILIO_TEST_ENV } from '../../../harness/twilio-webhooks';

const TO = '+8613800000003';

describe('TwilioSmsSender against a local fake Twilio API', () => {
  let api: FakeTwilioApi;
  beforeEach(async () => {
    api = await startFakeTwilioApi();
  });
  afterEach(() => api.close());

  const sender = () =>
    new TwilioSmsSender({
      accountSid: TWILIO_TEST_ENV.TWILIO_ACCOUNT_SID,
      authToken: TWILIO_TEST_ENV.TWILIO_AUTH_TOKEN,
      from: TWILIO_TEST_ENV.TWILIO_PHONE_NUMBER,
      httpClient: api.httpClient,
    });

  it('posts To, From and Body to the Messages resource with the account credentials', async () => {
    const { sid } = await sender().send(TO, '您的送药申请已受理。');
    expect(sid).toMatch(/^SM[0-9a-f]{32}$/);
    expect(api.requests).toEqual([
      {
        method: 'POST',
        path: `/2010-04-01/Accounts/${TWILIO_TEST_ENV.TWILIO_ACCOUNT_SID}/Messages.json`,
        username: TWILIO_TEST_ENV.TWILIO_ACCOUNT_SID,
        password: TWILIO_TEST_ENV.TWILIO_AUTH_TOKEN,
        form: { To: TO, From: TWILIO_TEST_ENV.TWILIO_PHONE_NUMBER, Body: '您的送药申请已受理。' },
      },
    ]);
  });

  it('sends nothing to a number that opted out', async () => {
    const callers = new MemoryCallers();
    callers.add({ phone: TO, smsOptOut: true });
    const guarded = new OptOutGuard(sender(), callers);
    await expect(guarded.send(TO, 'hello')).rejects.toBeInstanceOf(RecipientOptedOutError);
    await guarded.send('+8613800000004', 'hello');
    expect(api.requests.map((r) => r.form.To)).toEqual(['+8613800000004']);
  });

  it('refuses a body longer than Twilio accepts before calling the API', async () => {
    await expect(sender().send(TO, 'a'.repeat(1601))).rejects.toThrow(/at most 1600/);
    expect(api.requests).toHaveLength(0);
  });
});
