/** An error whose message is a sentence a user can act on. `code` is stable for tests and scripts. */
export class UserError extends Error {
  constructor(
    public readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'UserError';
  }
}
