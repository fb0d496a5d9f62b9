#!/usr/bin/env node
// A reader that stops early (`roles check | head`) closes the pipe: stop quietly, as git and grep do,
// instead of dying on an unhandled EPIPE with a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-v')) {
  // Answer without loading the CLI: a hook that asks for the version should not pay for commander.
  const { readFileSync } = await import('node:fs');
  process.stdout.write(`${JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version}\n`);
} else {
  // `npm run build` bundles the CLI into one file (scripts/build.mjs), run with a code cache; without a
  // build of it, dist/'s modules.
  const { existsSync } = await import('node:fs');
  let loaded;
  if (existsSync(new URL('../dist/roles-cli.cjs', import.meta.url))) {
    const { fileURLToPath } = await import('node:url');
    const { loadBundle } = await import('./load-bundle.js');
    loaded = loadBundle(
      fileURLToPath(new URL('../dist/roles-cli.cjs', import.meta.url)),
      process.env.ROLES_CODE_CACHE_DIR || fileURLToPath(new URL('../node_modules/.cache/roles/', import.meta.url)),
      args,
    );
  }
  const { main } = loaded?.exports ?? (await import('../dist/cli.js'));
  let cwd;
  try {
    cwd = process.cwd();
  } catch {
    // The folder was deleted or moved away under the shell: `main` says so in one line (cwd '').
    cwd = '';
  }
  process.exitCode = await main(args, {
    stdout: process.stdout,
    stderr: process.stderr,
    cwd,
    env: process.env,
    stdin: process.stdin,
  });
  loaded?.save();
}
