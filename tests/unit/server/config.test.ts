import { ConfigError, loadConfig } from '../../../server/config';

/** The setting a refused configuration names (and that it is named on one line). */
const refused = (env: Record<string, string>) => {
  try {
    loadConfig(env);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as ConfigError).message.split('\n')).toHaveLength(1);
    return (err as ConfigError).setting;
  }
  throw new Error('accepted');
};

describe('loadConfig', () => {
  it('starts with no settings at all: the embedded database under data/, 120, Zhejiang rules', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3000,
      host: '0.0.0.0',
      databaseUrl: undefined,
      dataDir: 'data',
      emergencyNumber: '120',
      isolationRules: 'zhejiang-2022-12-24',
      maxTextLength: 1000,
    });
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['DATABASE_URL', 'mysql://x'],
    ['ISOLATION_RULES', 'mars-2099'],
    ['EMERGENCY_NUMBER', 'call-someone'],
    ['OPERATOR_NUMBER', '12-34'],
    ['ELDERLY_NUMBERS', '+8613800000000,nobody'],
    ['LOG_LEVEL', 'loud'],
    ['TWILIO_ACCOUNT_SID', 'not-a-sid'],
    ['PUBLIC_BASE_URL', 'ftp://example.org'],
    ['PUBLIC_BASE_URL', 'https://example.org/hotline'],
    ['MAX_TEXT_LENGTH', '10'],
    ['OPEN311_API_KEYS', 'short'],
    ['OPEN311_API_KEYS', 'a-long-enough-key-123456,has space in it 1234'],
    ['CHAT_API_KEYS', 'acme:short'],
    ['CHAT_API_KEYS', 'Bad Label:a-long-enough-key-123456'],
    ['CHAT_API_KEYS', 'a:a-long-enough-key-123456,a:another-long-key-1234567'],
    ['OPS_TOKEN', 'short'],
    ['RATE_LIMIT_IP', '20 per minute'],
    ['RATE_LIMIT_SESSION', '0/1m'],
    ['RATE_LIMIT_PHONE', '5/2d'],
    ['TRUST_PROXY', 'proxy.example.org'],
    ['MAX_IN_FLIGHT', '0'],
    ['REQUEST_TIMEOUT_MS', '2000'],
  ])('%s=%s is refused, naming the setting', (name, value) => {
    let error: unknown;
    try {
      loadConfig({ [name]: value });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).setting).toBe(name);
    expect((error as ConfigError).message.split('\n')).toHaveLength(1);
  });

  it('needs PUBLIC_BASE_URL with TWILIO_AUTH_TOKEN: signatures are computed over it', () => {
    expect(() => loadConfig({ TWILIO_AUTH_TOKEN: 'secret' })).toThrow(/PUBLIC_BASE_URL/);
    expect(
      loadConfig({ TWILIO_AUTH_TOKEN: 'secret', PUBLIC_BASE_URL: 'https://h.example.org/' }).twilio.publicBaseUrl,
    ).toBe('https://h.example.org');
  });

  describe('the Bot Framework endpoint', () => {
    const APP_ID = '6f1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';

    it('is closed by default: no app id, no anonymous access', () => {
      expect(loadConfig({}).bot).toEqual({ anonymous: false });
    });

    it('takes the app id with a password or a certificate', () => {
      expect(loadConfig({ MICROSOFT_APP_ID: APP_ID, MICROSOFT_APP_PASSWORD: 's' }).bot).toMatchObject({
        appId: APP_ID,
        password: 's',
        anonymous: false,
      });
      expect(
        loadConfig({
          MICROSOFT_APP_ID: APP_ID,
          MICROSOFT_APP_CERT_PEM_FILE: __filename,
          MICROSOFT_APP_CERT_KEY_FILE: __filename,
        }).bot.certPemFile,
      ).toBe(__filename);
    });

    it('anonymous only with BOT_ANONYMOUS=true outside production', () => {
      expect(loadConfig({ BOT_ANONYMOUS: 'true' }).bot.anonymous).toBe(true);
      expect(loadConfig({ BOT_ANONYMOUS: 'true', NODE_ENV: 'development' }).bot.anonymous).toBe(true);
      expect(refused({ BOT_ANONYMOUS: 'true', NODE_ENV: 'production' })).toBe('BOT_ANONYMOUS');
      expect(refused({ BOT_ANONYMOUS: 'true', MICROSOFT_APP_ID: APP_ID, MICROSOFT_APP_PASSWORD: 's' })).toBe(
        'BOT_ANONYMOUS',
      );
      expect(refused({ BOT_ANONYMOUS: 'yes' })).toBe('BOT_ANONYMOUS');
    });

    it.each([
      [{ MICROSOFT_APP_ID: 'my-bot' }, 'MICROSOFT_APP_ID'],
      [{ MICROSOFT_APP_ID: APP_ID }, 'MICROSOFT_APP_PASSWORD'],
      [{ MICROSOFT_APP_PASSWORD: 's' }, 'MICROSOFT_APP_ID'],
      [
        { MICROSOFT_APP_ID: APP_ID, MICROSOFT_APP_PASSWORD: 's', MICROSOFT_APP_TENANT_ID: 'not a tenant' },
        'MICROSOFT_APP_TENANT_ID',
      ],
      [{ MICROSOFT_APP_ID: APP_ID, MICROSOFT_APP_CERT_PEM_FILE: __filename }, 'MICROSOFT_APP_CERT_KEY_FILE'],
      [{ MICROSOFT_APP_ID: APP_ID, MICROSOFT_APP_CERT_PEM_FILE: '/no/such.pem' }, 'MICROSOFT_APP_CERT_PEM_FILE'],
      [
        { MICROSOFT_APP_ID: APP_ID, MICROSOFT_APP_PASSWORD: 's', MICROSOFT_APP_AUTHORITY: 'http://login.example.org' },
        'MICROSOFT_APP_AUTHORITY',
      ],
    ])('%j is refused, naming %s', (env, setting) => {
      expect(refused(env)).toBe(setting);
    });
  });

  it('reads the Open311 keys and the communities file', () => {
    const config = loadConfig({
      OPEN311_API_KEYS: ' key-one-0123456789abcdef , key-two-0123456789abcdef ',
      COMMUNITIES_FILE: 'c.json',
    });
    expect(config.open311ApiKeys).toEqual(['key-one-0123456789abcdef', 'key-two-0123456789abcdef']);
    expect(config.communitiesFile).toBe('c.json');
    expect(loadConfig({}).open311ApiKeys).toEqual([]);
  });

  it.each(['OPEN311_API_KEYS', 'CHAT_API_KEYS'])('%s: both lists are read by the same rules', (name) => {
    expect(refused({ [name]: 'short' })).toBe(name);
    expect(refused({ [name]: 'Acme:acme-key-0123456789abcdef' })).toBe(name);
    expect(refused({ [name]: 'a:acme-key-0123456789abcdef,a:beta-key-0123456789abcdef' })).toBe(name);
    expect(() => loadConfig({ [name]: 'city:city-key-0123456789abcdef' })).not.toThrow();
  });

  it('takes a labelled Open311 key as its key', () => {
    expect(loadConfig({ OPEN311_API_KEYS: 'city:city-key-0123456789abcdef' }).open311ApiKeys).toEqual([
      'city-key-0123456789abcdef',
    ]);
  });

  it('reads chat keys with their labels, limits and HTTP limits; the limits are on by default', () => {
    const config = loadConfig({
      CHAT_API_KEYS: 'acme:acme-key-0123456789abcdef, bare-key-0123456789abcdef',
      RATE_LIMIT_IP: '5/1h',
      RATE_LIMIT_PHONE: 'off',
      TRUST_PROXY: '10.0.0.0/8,127.0.0.1',
    });
    expect(config.chatApiKeys[0]).toEqual({ label: 'acme', key: 'acme-key-0123456789abcdef' });
    expect(config.chatApiKeys[1]!.label).toMatch(/^key-[0-9a-f]{12}$/);
    expect(config.limits).toEqual({
      ip: { max: 5, windowSeconds: 3600 },
      session: { max: 20, windowSeconds: 60 },
      phone: null,
    });
    expect(config.http.trustProxy).toEqual(['10.0.0.0/8', '127.0.0.1']);
    const defaults = loadConfig({});
    expect(defaults.chatApiKeys).toEqual([]);
    expect(defaults.limits.ip).toEqual({ max: 300, windowSeconds: 60 });
    expect(defaults.http).toMatchObject({ trustProxy: false, maxInFlight: 64, headersTimeoutMs: 10_000 });
  });
});
