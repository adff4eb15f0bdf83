import { passwordProblem } from './password-policy';

describe('passwordProblem', () => {
  it('accepts a long passphrase without composition rules', () => {
    expect(passwordProblem('correct horse battery staple')).toBeNull();
    expect(passwordProblem('a'.repeat(12))).toBeNull();
  });

  it('refuses fewer than 12 characters, counting characters not bytes', () => {
    expect(passwordProblem('short pass!')).toMatch(/at least 12/);
    expect(passwordProblem('ééééééééééé')).toMatch(/at least 12/);
    expect(passwordProblem('éééééééééééé')).toBeNull();
  });

  it('refuses more than 256 characters', () => {
    expect(passwordProblem('x'.repeat(257))).toMatch(/at most 256/);
    expect(passwordProblem('x'.repeat(256))).toBeNull();
  });

  it.each(['1q2w3e4r5t6y', 'QWERTY123456', 'leavemealone'])(
    'refuses the common password %s in any case',
    (password) => {
      expect(passwordProblem(password)).toMatch(/most commonly used/);
    },
  );
});
