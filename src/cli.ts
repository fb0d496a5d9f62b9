import { Command, CommanderError, Option } from 'commander';
import type { Io } from './io.js';
import { VERSION } from './version.js';

/** Errors that mean "you asked for something unusable": exit 2, no stack trace. */
async function isUsageError(error: unknown): Promise<boolean> {
  if (error instanceof CommanderError) return true;
  const [{ ConfigError }, { NoFilesError }, { ZodError }] = await Promise.all([
    import('./config/load-config.js'),
    import('./load/find-files.js'),
    import('zod'),
  ]);
  return error instanceof ConfigError || error instanceof NoFilesError || error instanceof ZodError || (error instanceof Error && error.name === 'UsageError');
}

function formatOption(choices: readonly string[], fallback: string): Option {
  return new Option('-f, --format <format>', 'output format').choices(choices).default(fallback);
}

/** Builds the program; commands load their code only when they run, so `--version` stays fast. */
function buildProgram(io: Io, setExitCode: (code: number) => void): Command {
  const program = new Command('roles')
    .description('Job descriptions (岗位说明书) as code: validate, lint, cross-reference and report role files')
    .version(VERSION, '-v, --version')
    .option('-c, --config <file>', 'use this config file instead of searching for roles.config.yaml')
    .exitOverride()
    .configureOutput({ writeOut: (text) => io.stdout.write(text), writeErr: (text) => io.stderr.write(text) })
    .showHelpAfterError();

  const diagnosticFormats = ['stylish', 'json'];
  const checking: Array<[name: 'validate' | 'lint' | 'xref' | 'check', description: string]> = [
    ['check', 'validate, lint and cross-reference in one run (what CI runs)'],
    ['validate', 'check the front matter of role and department files against the schema'],
    ['lint', 'check that each file is a good job description'],
    ['xref', 'check the references between files: reporting lines, career paths, departments'],
  ];
  for (const [name, description] of checking) {
    program
      .command(name)
      .description(description)
      .argument('[paths...]', 'files, folders or globs (default: the configured role folders)')
      .addOption(formatOption(diagnosticFormats, 'stylish'))
      .action(async (paths: string[], options: object) => {
        const { checkCommand } = await import('./commands/check.js');
        setExitCode(checkCommand(name, paths, { ...program.opts(), ...options }, io));
      });
  }

  program
    .command('schema')
    .description('print the JSON Schemas of role, department and config files (generated from the zod schemas)')
    .option('--write <dir>', 'write one file per schema into this folder instead of printing')
    .action(async (options: object) => {
      const { schemaCommand } = await import('./commands/schema.js');
      setExitCode(schemaCommand({ ...program.opts(), ...options }, io));
    });

  return program;
}

/** Runs the CLI; returns the exit code. The only place that maps outcomes to exit codes. */
export async function main(argv: string[], io: Io): Promise<number> {
  let exitCode = 0;
  const program = buildProgram(io, (code) => {
    exitCode = code;
  });
  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end through exitOverride with code 0.
      return error.exitCode === 0 ? 0 : 2;
    }
    if (await isUsageError(error)) {
      io.stderr.write(`roles: ${(error as Error).message}\n`);
      return 2;
    }
    io.stderr.write(`roles: internal error: ${(error as Error).stack ?? String(error)}\n`);
    return 2;
  }
}
