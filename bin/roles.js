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
  // `npm run build` bundles the CLI (scripts/build.mjs): a few files load much faster than dist/'s modules.
  const { existsSync } = await import('node:fs');
  const bundle = new URL('../dist/roles-cli.js', import.meta.url);
  const { main } = await import(existsSync(bundle) ? bundle.href : '../dist/cli.js');
  process.exitCode = await main(args, {
    stdout: process.stdout,
    stderr: process.stderr,
    cwd: process.cwd(),
    env: process.env,
    stdin: process.stdin,
  });
}
