/**
 * Property-based fuzzing (fast-check) of every public endpoint on the real app and embedded database:
 * random and hostile JSON and forms, broken unicode, format characters, huge and nested bodies,
 * injection strings, wrong content types. Never a 5xx, never a crash, nothing stored for a refusal.
 * Twilio webhooks are fuzzed with valid signatures, so the fuzz reaches past the signature check.
 */
import fc from 'fast-check';
import { startTestApp, type TestApp } from '../../harness/test-app';
import { postTwilio, twilioSid, TWILIO_TEST_ENV } from '../../harness/twilio-webhooks';

const OPEN311_KEY = 'fuzz-open311-key-0123456789';
/** Runs per property: enough to find the classes of failure, few enough for a shared 2-core machine. */
const RUNS = 60;

const HOSTILE = [
  '\'; DROP TABLE "Message"; --',
  '<script>alert(1)</script>',
  '{{7*7}}${7*7}',
  '../../../../etc/passwd',
  '\u0000\u0001\u001f',
  '\ud800',
  '\udfff\ud800',
  '\u202e\u200b\u00ad\ufeff',
  '%00%ff%',
  '__proto__',
  'constructor',
  '🧪'.repeat(400),
  '胸口疼'.repeat(500),
  'a'.repeat(70_000),
  'T-00000',
  '120',
  '',
  ' ',
];

const hostileString = fc.oneof(
  fc.constantFrom(...HOSTILE),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ maxLength: 40 }),
);

/** JSON-ish values including deep nesting and the wrong types where strings are expected. */
const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileString,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.jsonValue({ maxDepth: 4 }),
  fc.array(hostileString, { maxLength: 5 }),
);

const chatBody = fc.oneof(
  fc.record(
    {
      sessionId: fc.oneof(hostileString, fc.stringMatching(/^[A-Za-z0-9._:-]{1,20}$/)),
      text: anyValue,
      lang: anyValue,
    },
    { requiredKeys: [] },
  ),
  fc.dictionary(hostileString, anyValue, { maxKeys: 5 }),
  anyValue,
);

/** A raw body as a client could send it: JSON of anything, broken JSON, deep nesting, form text. */
const rawBody = fc.oneof(
  chatBody.map((v) => JSON.stringify(v) ?? 'null'),
  hostileString,
  fc.nat({ max: 20_000 }).map((n) => '['.repeat(n) + ']'.repeat(n)),
  fc.nat({ max: 5_000 }).map((n) => '{"a":'.repeat(n) + '1' + '}'.repeat(n)),
  fc.constant('{"sessionId":"x","text":"hi",'),
);

const contentType = fc.constantFrom(
  'application/json',
  'application/json; charset=utf-8',
  'application/x-www-form-urlencoded',
  'text/plain',
  'multipart/form-data; boundary=x',
  'application/xml',
  'application/json; charset=latin1',
);

/** Form fields a Twilio webhook might carry, with hostile values. */
const twilioFields = fc.dictionary(
  fc.constantFrom('From', 'Body', 'MessageSid', 'CallSid', 'Digits', 'SpeechResult', 'CallStatus', 'Confidence', 'x'),
  hostileString.map((s) => s.slice(0, 3000)),
  { maxKeys: 7 },
);

describe('fuzzing the public endpoints', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ ...TWILIO_TEST_ENV, OPEN311_API_KEYS: OPEN311_KEY });
  });
  afterAll(() => t?.close());

  const stored = async () => t.services.db.prisma.message.count();
  const noServerError = (status: number, what: string) => {
    if (status >= 500) throw new Error(`${what} answered ${status}`);
  };

  it('POST /api/v1/chat: any body, any content type — never 5xx, and a refusal stores nothing', async () => {
    await fc.assert(
      fc.asyncProperty(rawBody, contentType, async (payload, type) => {
        const before = await stored();
        const res = await t.app.inject({
          method: 'POST',
          url: '/api/v1/chat',
          headers: { 'content-type': type },
          payload,
        });
        noServerError(res.statusCode, 'chat');
        if (res.statusCode >= 400) {
          expect(res.json().error.code).toEqual(expect.any(String));
          expect(await stored()).toBe(before);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('POST /api/v1/chat: well-formed requests with hostile text and sessions — 200 or a 4xx', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.stringMatching(/^[A-Za-z0-9._:-]{1,40}$/),
        hostileString,
        fc.option(fc.constantFrom('zh', 'en', 'fr'), { nil: undefined }),
        async (sessionId, text, lang) => {
          const res = await t.app.inject({ method: 'POST', url: '/api/v1/chat', payload: { sessionId, text, lang } });
          noServerError(res.statusCode, 'chat');
        },
      ),
      { numRuns: RUNS },
    );
  });

  it.each([
    '/twilio/sms',
    '/twilio/voice',
    '/twilio/voice/menu?turn=1',
    '/twilio/voice/ask?turn=2',
    '/twilio/voice/answer?turn=abc&choices=1',
    '/twilio/voice/menu?turn=-99999999999999999999',
    '/twilio/voice/dialed?to=nowhere',
    '/twilio/voice/callback',
    '/twilio/voice/status',
  ])('signed POST %s with hostile fields — never 5xx', async (path) => {
    await fc.assert(
      fc.asyncProperty(twilioFields, fc.boolean(), async (fields, withIds) => {
        const params: Record<string, string> = withIds
          ? { MessageSid: twilioSid('SM'), CallSid: twilioSid('CA'), From: '+8613811112222', ...fields }
          : fields;
        const res = await postTwilio(t.app, path, params);
        noServerError(res.statusCode, path);
      }),
      { numRuns: RUNS },
    );
  });

  it('Open311: hostile queries and filings, JSON and XML — never 5xx', async () => {
    const format = fc.constantFrom('json', 'xml', 'html', '');
    await fc.assert(
      fc.asyncProperty(
        format,
        fc.dictionary(
          fc.constantFrom('service_code', 'status', 'start_date', 'end_date', 'service_request_id', 'locale', 'x'),
          hostileString.map((s) => s.slice(0, 500)),
          { maxKeys: 4 },
        ),
        fc.dictionary(
          fc.constantFrom(
            'service_code',
            'address_string',
            'description',
            'phone',
            'first_name',
            'attribute[for_whom]',
            'attribute[need][]',
            'lat',
            'long',
          ),
          hostileString.map((s) => s.slice(0, 2000)),
          { maxKeys: 6 },
        ),
        fc.constantFrom('/requests', '/services', '/discovery', '/requests/T-00001', '/services/transport'),
        async (fmt, query, filing, path) => {
          const ext = fmt ? `.${fmt}` : '';
          const read = await t.app.inject({ url: `/open311/v2${path}${ext}`, query });
          noServerError(read.statusCode, `GET ${path}${ext}`);
          const form = new URLSearchParams({ api_key: OPEN311_KEY, ...filing });
          const file = await t.app.inject({
            method: 'POST',
            url: `/open311/v2/requests${ext}`,
            headers: { 'content-type': 'application/x-www-form-urlencoded' },
            payload: form.toString(),
          });
          noServerError(file.statusCode, `POST requests${ext}`);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('is still healthy afterwards', async () => {
    expect((await t.app.inject({ url: '/health' })).statusCode).toBe(200);
  });
});
