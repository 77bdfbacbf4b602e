/**
 * An error whose message is a sentence a user can act on. `code` is stable for tests and scripts.
 * `params` (and `key`, a more precise catalogue key than the code, such as `NOT_A_SPREADSHEET.pdf`)
 * let the UI say the same sentence in French; the English `message` is what the CLI prints.
 */
export class UserError extends Error {
  constructor(
    public readonly code: string,
    message: string,
    public readonly params?: Record<string, string | number>,
    public readonly key?: string,
  ) {
    super(message);
    this.name = 'UserError';
  }
}
