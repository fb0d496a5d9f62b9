/** A request the report cannot answer (an unknown role, department or level): exit 2, no stack trace. */
export class UsageError extends Error {
  override name = 'UsageError';
}
