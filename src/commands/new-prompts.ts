import { input, search, select } from '@inquirer/prompts';
import type { Project } from '../create/plan-new-file.js';
import type { Io } from '../io.js';
import { normalizeName } from '../graph/suggest-id.js';
import { t } from '../i18n/t.js';

/** The values `roles new` works from, as flags gave them or prompts filled them in. */
export interface Answers {
  title?: string | undefined;
  department?: string | undefined;
  reportsTo?: string | undefined;
  level?: string | undefined;
  parent?: string | undefined;
}

interface Choice {
  value: string;
  name: string;
  search: string;
}

/** Asks for each missing value on the terminal; ids are completed by id, title, name or alias. */
export async function askMissing(
  kind: 'role' | 'department',
  given: Answers,
  project: Project,
  io: Io,
): Promise<Answers> {
  const context = { input: io.stdin!, output: io.stderr as NodeJS.WritableStream, clearPromptOnDone: false };
  const answers = { ...given };
  const departments: Choice[] = [...project.graph.departments.values()].map(({ id, department }) => ({
    value: id,
    name: `${department.name}  ${id}`,
    search: normalizeName([id, department.name, ...(department.aliases ?? [])].join(' ')),
  }));
  const roles: Choice[] = [...project.graph.roles.values()].map(({ id, role }) => ({
    value: id,
    name: `${role.title}  ${id}`,
    search: normalizeName([id, role.title, ...(role.aliases ?? [])].join(' ')),
  }));
  // The prompt's source callback returns a promise; the search itself is synchronous.
  const complete = (choices: Choice[]) => (term: string | undefined) => {
    const words = normalizeName(term ?? '')
      .split('-')
      .filter((word) => word !== '');
    return Promise.resolve(
      choices
        .filter((choice) => words.every((word) => choice.search.includes(word)))
        .map(({ value, name }) => ({ value, name })),
    );
  };
  answers.title ??= (
    await input(
      {
        message: kind === 'role' ? t('authoring.prompt.title') : t('authoring.prompt.name'),
        validate: (value) => value.trim() !== '' || t('authoring.prompt.required'),
      },
      context,
    )
  ).trim();
  if (kind === 'department') {
    if (answers.parent === undefined && departments.length > 0) {
      const parent = await search(
        {
          message: t('authoring.prompt.parent'),
          source: async (term) => [
            ...(term ? [] : [{ value: '', name: t('authoring.prompt.noParent') }]),
            ...(await complete(departments)(term)),
          ],
        },
        context,
      );
      answers.parent = parent === '' ? undefined : parent;
    }
    return answers;
  }
  answers.department ??= await search(
    { message: t('authoring.prompt.department'), source: complete(departments) },
    context,
  );
  answers.reportsTo ??= await search({ message: t('authoring.prompt.reportsTo'), source: complete(roles) }, context);
  answers.level ??= await select(
    {
      message: t('authoring.prompt.level'),
      choices: project.config.levels.map((level) => ({ value: level, name: level })),
    },
    context,
  );
  return answers;
}
