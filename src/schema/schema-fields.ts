import { z } from 'zod';

/** One key of a front-matter schema, in the order the schema documents it. */
export interface SchemaField {
  key: string;
  /** Dotted path from the top, such as `requirements.education.minimum`. */
  path: string;
  optional: boolean;
  description?: string;
  /** `map` has `fields`; `list` holds scalars or, when `fields` is set, maps. */
  shape: 'map' | 'list' | 'value';
  fields?: SchemaField[];
}

/** The keys of an object schema, nested, in declaration order (the order the JSON Schema and the docs show). */
export function schemaFields(schema: z.ZodType, prefix = ''): SchemaField[] {
  const object = unwrap(schema);
  if (!(object instanceof z.ZodObject)) return [];
  return Object.entries(object.shape as Record<string, z.ZodType>).map(([key, field]) => {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    const inner = unwrap(field);
    const optional = field instanceof z.ZodOptional || field instanceof z.ZodDefault;
    const description = field.description ?? inner.description;
    const base = { key, path, optional, ...(description === undefined ? {} : { description }) };
    if (inner instanceof z.ZodObject) return { ...base, shape: 'map', fields: schemaFields(inner, path) };
    if (inner instanceof z.ZodArray) {
      const element = unwrap(inner.element as z.ZodType);
      return element instanceof z.ZodObject
        ? { ...base, shape: 'list', fields: schemaFields(element, path) }
        : { ...base, shape: 'list' };
    }
    return { ...base, shape: 'value' };
  });
}

function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  while (current instanceof z.ZodOptional || current instanceof z.ZodDefault || current instanceof z.ZodNullable)
    current = current.unwrap() as z.ZodType;
  return current;
}

/** Every path of a field tree, depth first. */
export function fieldPaths(fields: readonly SchemaField[]): string[] {
  return fields.flatMap((field) => [field.path, ...fieldPaths(field.fields ?? [])]);
}
