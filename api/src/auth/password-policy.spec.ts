import { passwordProblem, PasswordContext } from './password-policy';

const CONTEXT: PasswordContext = { email: 'Amira.Khan@example.org', organisationNames: ['Labour Muslim Network'] };

describe('passwordProblem', () => {
  it('accepts a long passphrase without composition rules', () => {
    expect(passwordProblem('correct horse battery staple')).toBeNull();
    expect(passwordProblem('correct horse battery staple', CONTEXT)).toBeNull();
    expect(passwordProblem('all lower case and no digits at all')).toBeNull();
  });

  it('refuses fewer than 12 characters, counting characters not bytes', () => {
    expect(passwordProblem('short pass!')).toMatch(/at least 12/);
    expect(passwordProblem('ééééééééééé')).toMatch(/at least 12/);
    expect(passwordProblem('éàéàéàéàéàéà')).toBeNull();
  });

  it('refuses more than 256 characters', () => {
    expect(passwordProblem('correct horse '.repeat(19).slice(0, 257))).toMatch(/at most 256/);
    expect(passwordProblem('correct horse '.repeat(19).slice(0, 256))).toBeNull();
  });

  it.each(['1q2w3e4r5t6y', 'QWERTY123456', 'leavemealone'])(
    'refuses the common password %s in any case',
    (password) => {
      expect(passwordProblem(password)).toMatch(/most commonly used/);
    },
  );

  it.each(['aaaaaaaaaaaa', 'AAAAaaaaAAAA', '############', 'éééééééééééé'])(
    'refuses %s, one character repeated',
    (password) => {
      expect(passwordProblem(password)).toMatch(/one character repeated/);
    },
  );

  it.each([
    'qwertyuiop77',
    '345678901234',
    'abcdefghijkl',
    'lkjihgfedcba',
    '210987654321',
    'POIUYTREWQ!!',
    "asdfghjkl;'#",
    'zxcvbnm,./xy',
    '!@#$%^&*()_+',
    'mnbvcxz12345',
    'aaaaaaaaaaa1',
    'abcabcabcabc',
  ])('refuses %s, mostly a keyboard run, letters or digits in order', (password) => {
    expect(passwordProblem(password)).toMatch(/mostly a run of neighbouring keys/);
  });

  it.each(['qwertyuiop12', '123456789012'])('refuses %s either way', (password) => {
    expect(passwordProblem(password)).not.toBeNull();
  });

  it.each(['my qwerty keyboard is loud', 'the 1234 bus to town hall', 'abc of baking sourdough'])(
    'accepts %s, which only has a short run in it',
    (password) => {
      expect(passwordProblem(password)).toBeNull();
    },
  );

  it.each(['amirakhan-is-me', 'Amira.Khan 2026!', 'my name is AMIRA KHAN'])(
    'refuses %s, which contains the email’s local part in any case or spacing',
    (password) => {
      expect(passwordProblem(password, CONTEXT)).toMatch(/name of your email address/);
    },
  );

  it('ignores a local part shorter than 3 letters', () => {
    expect(passwordProblem('a walk by the jo river', { email: 'j.o@example.org', organisationNames: [] })).toBeNull();
    expect(passwordProblem('a walk with ali at dawn', { email: 'ali@example.org', organisationNames: [] })).toMatch(
      /name of your email address/,
    );
  });

  it.each(['labourmuslimnetwork', 'Labour Muslim Network 2026', 'i love labour-muslim-network'])(
    'refuses %s, which contains the organisation’s name',
    (password) => {
      expect(passwordProblem(password, CONTEXT)).toMatch(/name of your organisation/);
    },
  );

  it('accepts a part of the organisation’s name, or its name for another account', () => {
    expect(passwordProblem('labour of love in the garden', CONTEXT)).toBeNull();
    expect(passwordProblem('Labour Muslim Network 2026', { email: 'x@example.org', organisationNames: [] })).toBeNull();
  });
});
