/** A request that cannot be carried out as asked (an unknown id, clashing options, an unwritable file): exit 2, no stack trace. */
export class UsageError extends Error {
  override name = 'UsageError';
}
