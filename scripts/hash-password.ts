import { hashPassword } from '../lib/auth/password';

/** Prints an scrypt hash for ADMIN_PASSWORD_HASH; reads the password from stdin so it stays out of shell history. */
let input = '';
for await (const chunk of process.stdin) input += String(chunk);
const password = input.replace(/\r?\n$/, '');
if (password.length < 8) {
  console.error('hash-password: give a password of at least 8 characters on stdin');
  process.exit(2);
}
console.log(await hashPassword(password));
