import { Command } from 'commander';
import { examples, exitCodeOf, UsageError, type CliCommand } from '../command';

/** `taskshift hash-password`: an scrypt hash for ADMIN_PASSWORD_HASH, the password read from stdin (out of shell history). */
export const hashPasswordCommand: CliCommand = {
  name: 'hash-password',
  create: () =>
    new Command('hash-password')
      .summary('scrypt hash for ADMIN_PASSWORD_HASH from stdin')
      .description(
        'Print an scrypt hash for ADMIN_PASSWORD_HASH; reads the password (8 characters or more) from stdin so it stays out of shell history.',
      )
      .addHelpText('after', examples('read -rs PW && printf \'%s\' "$PW" | npx taskshift hash-password'))
      .action(
        exitCodeOf(async () => {
          let input = '';
          for await (const chunk of process.stdin) input += String(chunk);
          const password = input.replace(/\r?\n$/, '');
          if (password.length < 8) throw new UsageError('give a password of at least 8 characters on stdin');
          const { hashPassword } = await import('../../lib/auth/password');
          console.log(await hashPassword(password));
          return 0;
        }),
      ),
};
