import { Argument, Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import type { Io } from './io.js';
import { VERSION } from './version.js';

/** Errors that mean "you asked for something unusable": exit 2, no stack trace. */
async function isUsageError(error: unknown): Promise<boolean> {
  if (error instanceof CommanderError) return true;
  const [{ ConfigError }, { NoFilesError }, { UsageError }, { ZodError }] = await Promise.all([
    import('./config/load-config.js'),
    import('./per-file/find-files.js'),
    import('./usage-error.js'),
    import('zod'),
  ]);
  return (
    error instanceof ConfigError ||
    error instanceof NoFilesError ||
    error instanceof UsageError ||
    error instanceof ZodError
  );
}

function formatOption(choices: readonly string[], fallback: string): Option {
  return new Option('-f, --format <format>', 'output format').choices(choices).default(fallback);
}

/** `DIAGNOSTIC_FORMATS`, written out so that `--help` does not load the formatters. */
const CHECKING_FORMATS = ['stylish', 'json', 'github', 'sarif', 'junit', 'gitlab'];

function parseCount(value: string): number {
  if (!/^\d+$/.test(value))
    throw new InvalidArgumentError(`Unexpected \`${value}\`, expected a whole number of 0 or more.`);
  return Number(value);
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
      .addOption(
        new Option(
          '-f, --format <format>',
          'output format (default: stylish, or github when GITHUB_ACTIONS=true)',
        ).choices(CHECKING_FORMATS),
      )
      .option('-o, --output <file>', 'write the report to this file instead of standard output')
      .option('--max-warnings <n>', 'exit 1 when there are more than n warnings', parseCount)
      .option('--quiet', 'report errors only')
      .option('--changed', 'report only on files changed against the base, and the files those changes touch')
      .option(
        '--base <ref>',
        'the git ref `--changed` compares with (default: the merge base with origin/HEAD, main or master)',
      )
      .option('--staged', 'check the content staged in git, as a pre-commit hook should')
      .option('--cache', 'skip parsing and linting files unchanged since the last run (graph checks always run)')
      .option('--cache-location <file>', 'where the cache is kept (default: .rolescache beside roles.config.yaml)')
      .action(async (paths: string[], options: object) => {
        const { checkCommand } = await import('./commands/check.js');
        setExitCode(await checkCommand(name, paths, { ...program.opts(), ...options }, io));
      });
  }
  for (const name of ['check', 'lint', 'xref', 'validate']) {
    program.commands
      .find((command) => command.name() === name)!
      .option('--fix', 'apply the safe fixes to the files, then report what remains')
      .option('--fix-dry-run', 'print the safe fixes as a unified diff and write nothing')
      .option('--fix-suggestions', 'also apply did-you-mean suggestions that have one clear candidate (implies --fix)')
      .option('-w, --watch', 'check again after each change to the role files or the configuration');
  }

  program
    .command('rules')
    .description('list every rule: id, kind, default severity, whether it fixes, what it checks')
    .addOption(formatOption(['table', 'json'], 'table'))
    .action(async (options: object) => {
      const { rulesCommand } = await import('./commands/rules.js');
      setExitCode(rulesCommand(options, io));
    });

  program
    .command('diff')
    .description('what changed in the organisation between two git refs: roles added, removed, renamed, moved, changed')
    .argument('<base>', 'a git commit, branch or tag')
    .argument('[head]', 'a git commit, branch or tag (default: the working tree)')
    .addOption(formatOption(['table', 'markdown', 'json'], 'table'))
    .action(async (base: string, head: string | undefined, options: object) => {
      const { diffCommand } = await import('./commands/diff.js');
      setExitCode(diffCommand(base, head, { ...program.opts(), ...options }, io));
    });

  program
    .command('schema')
    .description('print the JSON Schemas of role, department and config files (generated from the zod schemas)')
    .option('--write <dir>', 'write one file per schema into this folder instead of printing')
    .option('--with-ids', 'list the ids that exist in the reference fields, for completion in editors')
    .action(async (options: object) => {
      const { schemaCommand } = await import('./commands/schema.js');
      setExitCode(schemaCommand({ ...program.opts(), ...options }, io));
    });

  program
    .command('refs')
    .description(
      'list every place that references an id: reports_to, direct_reports, career_path, department, parent, head, collaboration.internal',
    )
    .argument('<id>', 'a role or department id')
    .addOption(formatOption(diagnosticFormats, 'stylish'))
    .action(async (id: string, options: object) => {
      const { refsCommand } = await import('./commands/refs.js');
      setExitCode(refsCommand(id, { ...program.opts(), ...options }, io));
    });

  program
    .command('mv')
    .description('rename a role or department: its file, its id and every reference to it')
    .argument('<old-id>', 'the id to rename')
    .argument('<new-id>', 'the new id (the file becomes <new-id>.md in the same folder)')
    .option('-n, --dry-run', 'print a diff of what would change and write nothing')
    .action(async (oldId: string, newId: string, options: object) => {
      const { mvCommand } = await import('./commands/mv.js');
      setExitCode(mvCommand(oldId, newId, { ...program.opts(), ...options }, io));
    });

  program
    .command('fmt')
    .description(
      'format role files: key order of the schema, quoting, list style, blank lines (as Prettier does for code)',
    )
    .argument('[paths...]', 'files, folders or globs (default: the configured role folders)')
    .option('--check', 'write nothing; list the files that are not formatted and exit 1 if there are any')
    .action(async (paths: string[], options: object) => {
      const { fmtCommand } = await import('./commands/fmt.js');
      setExitCode(fmtCommand(paths, { ...program.opts(), ...options }, io));
    });

  program
    .command('init')
    .description('start a role repository: config, one department and role, CI workflow, pre-commit, editor settings')
    .argument('[dir]', 'the folder (default: the current one); nothing in it is overwritten')
    .option('--action <uses>', 'what the workflow runs: the roles action as <owner>/<repo>@<ref>')
    .action(async (dir: string | undefined, options: object) => {
      const { initCommand } = await import('./commands/init.js');
      setExitCode(initCommand(dir, { ...program.opts(), ...options }, io));
    });

  program
    .command('new')
    .description('write a new role (or, with --kind department, department) file from the template')
    .argument('[title]', 'the title (岗位名称) or department name')
    .addOption(new Option('--kind <kind>', 'what to create').choices(['role', 'department']).default('role'))
    .option('--department <id>', 'the department: an id, name or alias')
    .option('--reports-to <id>', 'the superior: a role id, title or alias')
    .option('--level <level>', 'the job level, one of the configured levels')
    .option('--parent <id>', 'departments: the parent department')
    .option('--head <id>', 'departments: the role that heads it')
    .option('--id <id>', 'the id (default: from --title-en, else the pinyin of the title)')
    .option('--title-en <title>', 'the title in English (also gives the id)')
    .option('--purpose <text>', 'the purpose (工作目的) of the role')
    .option('-n, --dry-run', 'print what would be written and write nothing')
    .option('-y, --yes', 'never ask: fail with the missing flags named instead')
    .action(async (title: string | undefined, options: object) => {
      const { newCommand } = await import('./commands/new.js');
      setExitCode(await newCommand(title, { ...program.opts(), ...options }, io));
    });

  program
    .command('tree')
    .description('print the reporting hierarchy with titles, levels and headcount')
    .option('--root <id>', 'start from this role')
    .option('--depth <n>', 'show this many levels below the roots (0: the roots only)')
    .addOption(formatOption(diagnosticFormats, 'stylish'))
    .action(async (options: object) => {
      const { treeCommand } = await import('./commands/tree.js');
      setExitCode(treeCommand({ ...program.opts(), ...options }, io));
    });

  program
    .command('lsp')
    .description(
      'serve the Language Server Protocol for editors: live diagnostics, completion by title, rename, quick fixes',
    )
    .option('--stdio', 'talk over standard input and output (the only transport)')
    .option('--clientProcessId <pid>', 'the editor process (LSP clients pass it; the server ends with the connection)')
    .action(async (options: object) => {
      const { lspCommand } = await import('./commands/lsp.js');
      setExitCode(await lspCommand(options, io, io.stdin ?? process.stdin));
    });

  // Views and formats are written out (REPORT_VIEWS, REPORT_FORMATS) so that `--help` does not load the report code.
  program
    .command('report')
    .description(
      'print a consolidated report of the organisation: summary, tree, role <id>, skills, requirements, careers or compliance',
    )
    .addArgument(
      new Argument('[view]', 'the view')
        .choices(['summary', 'tree', 'role', 'skills', 'requirements', 'careers', 'compliance'])
        .default('summary'),
    )
    .argument('[id]', 'the role id, for `role`')
    .addOption(formatOption(['table', 'markdown', 'json', 'csv', 'html', 'dot'], 'table'))
    .option('-o, --output <file>', 'write the report to this file (atomically) instead of standard output')
    .option('-w, --watch', 'build the report again after each change to the role files or the configuration')
    .option('--department <id>', 'only this department and its sub-departments')
    .option('--level <level>', 'only roles of this job level')
    .addOption(new Option('--status <status>', 'only roles with this status').choices(['draft', 'approved', 'retired']))
    .addOption(
      new Option('--group-by <key>', 'how the skills view groups roles')
        .choices(['department', 'level'])
        .default('department'),
    )
    .action(async (view: string, id: string | undefined, options: object) => {
      const { reportCommand } = await import('./commands/report.js');
      setExitCode(await reportCommand(view, id, { ...program.opts(), ...options }, io));
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
