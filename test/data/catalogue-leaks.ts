// Source the catalogue-coverage test scans: each leak below is found, each translated text is not.
declare const io: { stderr: { write(text: string): void } }, id: string, program: { option(a: string, b: string): void };
declare class UsageError extends Error {}
declare function t(id: string): string;
export const leaks = [new UsageError(`Unexpected \`${id}\`, expected a role`), new UsageError(t('cli.error.lang'))];
io.stderr.write('no roles found\n');
export const result = { ok: false, message: 'cannot read it' };
program.option('-f, --file <file>', 'the file to read');
program.option('-l, --lang <locale>', t('cli.option.lang'));
