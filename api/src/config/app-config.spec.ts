import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('applies the documented defaults', () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(3000);
    expect(config.DATABASE_URL).toBe('./data/tracker.sqlite');
    expect(config.NODE_ENV).toBe('development');
    expect(config.database).toEqual({ kind: 'sqlite', path: './data/tracker.sqlite' });
  });

  it('accepts a path or a file: URL for the database', () => {
    expect(loadConfig({ DATABASE_URL: '/var/lib/tracker/db.sqlite' }).database).toEqual({
      kind: 'sqlite',
      path: '/var/lib/tracker/db.sqlite',
    });
    expect(loadConfig({ DATABASE_URL: 'file:/tmp/x.sqlite' }).database).toEqual({
      kind: 'sqlite',
      path: '/tmp/x.sqlite',
    });
  });

  it.each([
    ['PORT', 'eighty'],
    ['PORT', '70000'],
    ['NODE_ENV', 'staging'],
    ['DATABASE_URL', 'mysql://localhost/db'],
    ['CLOCK_START', 'next tuesday'],
    ['CLOCK_START', '2026-11-22'],
    ['CLOCK_START', '2026-11-22T12:00:00'],
    ['CLOCK_START', '2026-02-30T12:00:00Z'],
    ['DEMO_DATA', 'yes'],
    ['DEMO_DATA', 'ON'],
    ['ROUNDTABLE_RETENTION_DAYS', 'ninety'],
    ['ROUNDTABLE_RETENTION_DAYS', '4000'],
    ['REGISTRATIONS_PER_ADDRESS_PER_HOUR', '0'],
    ['SMTP_URL', 'http://mail.example.org'],
    ['SMTP_URL', 'mail.example.org:25'],
    ['MAIL_FROM', 'tracker'],
    ['MAIL_FROM', 'Tracker <tracker@example.org>\r\nBcc: someone@example.org'],
  ])('rejects %s=%s naming the variable', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(`${name}=`));
  });

  it('takes an SMTP server and a sender for the roundtable mail, and keeps personal data 90 days by default', () => {
    expect(loadConfig({}).ROUNDTABLE_RETENTION_DAYS).toBe(90);
    expect(loadConfig({ PUBLIC_URL: 'https://tracker.example.org' }).mailFrom).toBe(
      'Action Plan Tracker <no-reply@tracker.example.org>',
    );
    const config = loadConfig({
      SMTP_URL: 'smtps://user:secret@mail.example.org:465',
      MAIL_FROM: 'Roundtables <roundtables@example.org>',
    });
    expect(config.SMTP_URL).toBe('smtps://user:secret@mail.example.org:465');
    expect(config.mailFrom).toBe('Roundtables <roundtables@example.org>');
  });

  it('seeds the demo into an empty database in development and test, not in production, unless DEMO_DATA says', () => {
    expect(loadConfig({}).demoData).toBe(true);
    expect(loadConfig({ NODE_ENV: 'development' }).demoData).toBe(true);
    expect(loadConfig({ NODE_ENV: 'test' }).demoData).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production' }).demoData).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', DEMO_DATA: 'on' }).demoData).toBe(true);
    expect(loadConfig({ NODE_ENV: 'development', DEMO_DATA: 'off' }).demoData).toBe(false);
    expect(() => loadConfig({ DEMO_DATA: 'yes' })).toThrow('DEMO_DATA="yes": DEMO_DATA must be on or off');
  });

  it('takes CLOCK_START as an instant with its zone', () => {
    expect(loadConfig({}).CLOCK_START).toBeUndefined();
    expect(loadConfig({ CLOCK_START: '2026-11-22T12:00:00Z' }).CLOCK_START).toBe('2026-11-22T12:00:00Z');
    expect(loadConfig({ CLOCK_START: '2026-11-22T12:00:00.000+01:00' }).CLOCK_START).toBe(
      '2026-11-22T12:00:00.000+01:00',
    );
  });

  it('bounds how long a request may take to arrive, headers within the whole', () => {
    expect(loadConfig({})).toMatchObject({ HTTP_HEADERS_TIMEOUT_SECONDS: 10, HTTP_REQUEST_TIMEOUT_SECONDS: 30 });
    expect(() => loadConfig({ HTTP_REQUEST_TIMEOUT_SECONDS: '0' })).toThrow(/HTTP_REQUEST_TIMEOUT_SECONDS=/);
    expect(() => loadConfig({ HTTP_HEADERS_TIMEOUT_SECONDS: '20', HTTP_REQUEST_TIMEOUT_SECONDS: '15' })).toThrow(
      /HTTP_HEADERS_TIMEOUT_SECONDS=20: must not exceed HTTP_REQUEST_TIMEOUT_SECONDS/,
    );
  });

  it('takes a postgres:// URL that names a host and a database, and refuses one that does not', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://tracker:secret@db:5432/tracker' }).database).toEqual({
      kind: 'postgres',
      url: 'postgres://tracker:secret@db:5432/tracker',
    });
    expect(loadConfig({ DATABASE_URL: 'postgresql://db/tracker' }).database.kind).toBe('postgres');
    expect(() => loadConfig({ DATABASE_URL: 'postgres://db' })).toThrow(
      /postgres:\/\/user:password@host:port\/database/,
    );
    expect(() => loadConfig({ DATABASE_POOL_SIZE: '1' })).toThrow(/DATABASE_POOL_SIZE=/);
  });

  it('trusts no proxy unless TRUST_PROXY says which', () => {
    expect(loadConfig({}).trustProxy).toBeNull();
    const hops = loadConfig({ TRUST_PROXY: '1' }).trustProxy!;
    expect([hops('203.0.113.9', 0), hops('127.0.0.1', 1)]).toEqual([true, false]);
    const listed = loadConfig({ TRUST_PROXY: '127.0.0.1, 10.0.0.0/8' }).trustProxy!;
    expect([listed('127.0.0.1', 0), listed('10.1.2.3', 0), listed('203.0.113.9', 0)]).toEqual([true, true, false]);
  });

  it.each([
    ['0', /between 1 and 10/],
    ['11', /between 1 and 10/],
    ['true', /trusting every address/],
    ['proxy.example.org', /invalid IP address: proxy\.example\.org/],
    ['10.0.0.0/40', /invalid range on address/],
    ['127.0.0.1,,10.0.0.1', /empty entries/],
  ])('refuses TRUST_PROXY=%s with the reason', (value, reason) => {
    expect(() => loadConfig({ TRUST_PROXY: value })).toThrow(/TRUST_PROXY=/);
    expect(() => loadConfig({ TRUST_PROXY: value })).toThrow(reason);
  });

  it('takes LOG_LEVEL from the levels pino knows', () => {
    expect(loadConfig({}).LOG_LEVEL).toBe('info');
    expect(loadConfig({ LOG_LEVEL: 'debug' }).LOG_LEVEL).toBe('debug');
    expect(() => loadConfig({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL="loud"/);
  });
});
