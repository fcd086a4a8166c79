import Fastify, { type FastifyInstance } from 'fastify';
import formbody from '@fastify/formbody';
import { twilioSignatureCheck } from '../../../telephony/twilio-signature';
import { postTwilio, TWILIO_TEST_ENV } from '../../../harness/twilio-webhooks';

const settings = { authToken: TWILIO_TEST_ENV.TWILIO_AUTH_TOKEN, publicBaseUrl: TWILIO_TEST_ENV.PUBLIC_BASE_URL };
const params = { MessageSid: 'SM' + '1'.repeat(32), From: '+8613800000001', Body: '布洛芬怎么吃' };

async function appWith(
  check: ReturnType<typeof twilioSignatureCheck>,
): Promise<{ app: FastifyInstance; handled: string[] }> {
  const handled: string[] = [];
  const app = Fastify();
  await app.register(formbody);
  app.addHook('preValidation', check);
  app.post('/twilio/sms', async (request) => {
    handled.push(request.url);
    return 'ok';
  });
  await app.ready();
  return { app, handled };
}

describe('twilioSignatureCheck', () => {
  it('lets through a request signed for PUBLIC_BASE_URL + path with its form fields', async () => {
    const { app, handled } = await appWith(twilioSignatureCheck(settings));
    expect((await postTwilio(app, '/twilio/sms', params)).statusCode).toBe(200);
    expect((await postTwilio(app, '/twilio/sms?x=1', params)).statusCode).toBe(200);
    expect(handled).toEqual(['/twilio/sms', '/twilio/sms?x=1']);
  });

  it.each([
    ['forged (wrong token)', { token: 'not-the-token' }],
    ['unsigned', { unsigned: true }],
    ['signed for another URL', { signedUrl: 'https://hotline.example.org/twilio/voice' }],
    ['signed for another host', { signedUrl: 'https://evil.example.org/twilio/sms' }],
  ])('refuses a %s request with 403 before the handler runs', async (_name, options) => {
    const { app, handled } = await appWith(twilioSignatureCheck(settings));
    const res = await postTwilio(app, '/twilio/sms', params, options);
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ error: { code: 'invalid_signature' } });
    expect(handled).toEqual([]);
  });

  it('refuses a request whose fields were changed after signing', async () => {
    const { app, handled } = await appWith(twilioSignatureCheck(settings));
    const signature = (await import('twilio')).default.getExpectedTwilioSignature(
      settings.authToken,
      settings.publicBaseUrl + '/twilio/sms',
      params,
    );
    const res = await app.inject({
      method: 'POST',
      url: '/twilio/sms',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': signature },
      payload: new URLSearchParams({ ...params, Body: 'STOP' }).toString(),
    });
    expect(res.statusCode).toBe(403);
    expect(handled).toEqual([]);
  });

  it('answers 503 twilio_not_configured without an auth token, signed or not', async () => {
    const { app, handled } = await appWith(twilioSignatureCheck({ publicBaseUrl: settings.publicBaseUrl }));
    const res = await postTwilio(app, '/twilio/sms', params);
    expect(res.statusCode).toBe(503);
    expect(res.json()).toMatchObject({ error: { code: 'twilio_not_configured' } });
    expect(handled).toEqual([]);
  });
});
