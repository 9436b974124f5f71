// The commonest passwords, refused when an account chooses one (lib/user-schema.ts). Not copied from
// any published list: it is built here from the patterns such lists are made of, so it can be read
// and extended. Only passwords of at least 12 characters can be chosen at all, so the patterns aim
// at the long ones people pick:
//   - a common word or name followed by a year (1950–2035), a digit run (123, 1234, …, 123456789),
//     a repeated digit (111, 0000), or one of those with "!" — "password2024!", "football1234";
//   - keyboard walks and digit runs on their own or doubled — "qwertyuiop12", "1q2w3e4r5t6y";
//   - a word typed twice — "passwordpassword".
// A candidate is compared in lower case, and with common letter swaps undone (p@ssw0rd → password),
// so "P@ssw0rd2025" is caught as "password2025". The list is about 116,000 strings (a few MB), built on first use.

const WORDS = [
  'password', 'passw0rd', 'pass', 'letmein', 'welcome', 'iloveyou', 'admin', 'administrator', 'login', 'master',
  'qwerty', 'abc', 'abcd', 'monkey', 'dragon', 'football', 'baseball', 'basketball', 'soccer', 'hockey', 'sunshine',
  'princess', 'shadow', 'superman', 'batman', 'spiderman', 'michael', 'jennifer', 'jessica', 'ashley', 'daniel',
  'charlie', 'thomas', 'robert', 'jordan', 'hunter', 'ranger', 'buster', 'soccer', 'harley', 'andrew', 'joshua',
  'matthew', 'william', 'maggie', 'summer', 'winter', 'spring', 'autumn', 'freedom', 'whatever', 'trustno1',
  'starwars', 'pokemon', 'computer', 'internet', 'secret', 'changeme', 'default', 'access', 'flower', 'cookie',
  'chocolate', 'banana', 'orange', 'purple', 'yellow', 'silver', 'golden', 'diamond', 'angel', 'lovely', 'love',
  'loveme', 'babygirl', 'mustang', 'ferrari', 'corvette', 'liverpool', 'chelsea', 'arsenal', 'barcelona', 'madrid',
  'london', 'berlin', 'paris', 'ukraine', 'kyiv', 'america', 'canada', 'germany', 'england', 'europe', 'slava',
  'hello', 'helloworld', 'test', 'testing', 'tester', 'guest', 'user', 'root', 'system', 'server', 'database',
  'editor', 'tracker', 'pledge', 'donor', 'aid', 'support', 'office', 'company', 'business', 'money', 'family',
  'mother', 'father', 'sister', 'brother', 'friend', 'friends', 'forever', 'killer', 'blessed', 'jesus', 'christ',
  'heaven', 'tigger', 'pepper', 'ginger', 'coffee', 'cheese', 'google', 'facebook', 'twitter', 'apple', 'samsung',
  'microsoft', 'windows', 'linux', 'ninja', 'legend', 'matrix', 'phoenix', 'thunder', 'tiger', 'lion', 'eagle',
  'falcon', 'wolf', 'bear', 'dolphin', 'butterfly', 'rainbow', 'unicorn', 'music', 'guitar', 'soccerball',
  'myspace', 'zxcvbnm', 'asdfgh', 'asdfghjkl', 'qazwsx', 'qwertyuiop', 'azerty', 'iloveu', 'ihateyou', 'nothing',
  'everything', 'security', 'january', 'february', 'march', 'april', 'august', 'september', 'october', 'november',
  'december', 'monday', 'friday', 'sunday', 'correcthorsebatterystaple', 'correct horse battery staple',
] as const;

const KEYBOARD_WALKS = [
  'qwertyuiop', 'qwertyuiopasdfghjkl', 'asdfghjkl', 'zxcvbnm', 'qwertyuiop[]', 'qwerty123', 'qwertyui', 'asdfghjk',
  '1q2w3e4r', '1q2w3e4r5t', '1q2w3e4r5t6y', '1qaz2wsx', '1qaz2wsx3edc', 'qazwsxedc', 'qazwsxedcrfv', 'zaq12wsx',
  '!qaz2wsx', 'q1w2e3r4', 'q1w2e3r4t5y6', 'a1b2c3d4', 'a1b2c3d4e5f6', 'abcdefgh', 'abcdefghijkl', 'abcdefghijklmnop',
  'aaaaaaaaaaaa', 'abc123abc123', 'qweasdzxc', 'qweasdzxc123', '1234qwer', '1234qwerasdf', 'qwer1234', 'asdf1234',
  'zxcv1234', 'asdfasdfasdf', 'qwerqwerqwer', 'poiuytrewq', 'mnbvcxz', '0987654321', '9876543210', '147258369',
  '123qweasdzxc', '1qazxsw2', 'qwerty12345', 'qwerty123456', 'qwertyqwerty',
];

const DIGIT_RUNS = ['1', '12', '123', '1234', '12345', '123456', '1234567', '12345678', '123456789', '1234567890', '01', '007', '69', '420', '321', '4321', '54321'];

function suffixes(): string[] {
  const plain = [...DIGIT_RUNS];
  for (let year = 1950; year <= 2035; year += 1) plain.push(String(year), String(year).slice(2));
  for (let d = 0; d <= 9; d += 1) plain.push(String(d).repeat(2), String(d).repeat(3), String(d).repeat(4));
  return ['', ...plain, ...plain.map((s) => `${s}!`), ...plain.map((s) => `!${s}`), '!', '!!', '!@#', '@123', '#1'];
}

function build(): Set<string> {
  const list = new Set<string>();
  const ends = suffixes();
  for (const word of WORDS) {
    for (const end of ends) list.add(`${word}${end}`);
    list.add(`${word}${word}`);
    list.add(`my${word}`);
  }
  for (const walk of KEYBOARD_WALKS) for (const end of ['', '1', '12', '123', '!', `${walk}`]) list.add(`${walk}${end}`);
  // Digit runs alone and doubled: 123456789012, 123123123123, 111111111111.
  for (let n = 1; n <= 20; n += 1) list.add('1234567890'.repeat(3).slice(0, n));
  for (const run of DIGIT_RUNS) list.add(run.repeat(Math.ceil(12 / run.length)));
  for (let d = 0; d <= 9; d += 1) for (let n = 8; n <= 20; n += 1) list.add(String(d).repeat(n));
  return list;
}

let common: Set<string> | undefined;

const SWAPS: Record<string, string> = { '@': 'a', '4': 'a', '3': 'e', '1': 'i', '!': 'i', '0': 'o', '$': 's', '5': 's', '7': 't' };

/** "P@ssw0rd2025" → "password2025": swaps undone in the letters before the trailing digits and symbols. */
function unswapped(lower: string): string {
  const tail = /[\d!@#$%^&*?.\-_]*$/.exec(lower)?.[0] ?? '';
  const head = lower.slice(0, lower.length - tail.length);
  return head.replace(/[@43!10$57]/g, (c) => SWAPS[c]) + tail;
}

/** True when the password is on the built list (case and common letter swaps ignored). */
export function isCommonPassword(password: string): boolean {
  common ??= build();
  const lower = password.toLowerCase();
  return common.has(lower) || common.has(unswapped(lower)) || common.has(lower.replace(/\s+/g, ''));
}
