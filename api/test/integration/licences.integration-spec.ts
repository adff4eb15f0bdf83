import { startTestApp, TestApp } from './support/test-app';

describe('licences', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ seed: false });
  });

  afterAll(async () => {
    await app.close();
  });

  it('lists, to anyone, the licences an organisation may choose, the default first', async () => {
    const { data, errors } = await app.gql<{ licences: { id: string; title: string; url: string }[] }>(
      '{ licences { id title url } }',
    );

    expect(errors).toBeUndefined();
    expect(data?.licences.map((licence) => licence.id)).toEqual([
      'CC-BY-4.0',
      'CC-BY-SA-4.0',
      'CC0-1.0',
      'ODbL-1.0',
      'OGL-UK-3.0',
    ]);
    expect(data?.licences[0]).toEqual({
      id: 'CC-BY-4.0',
      title: 'Creative Commons Attribution 4.0 International',
      url: 'https://creativecommons.org/licenses/by/4.0/',
    });
  });
});
