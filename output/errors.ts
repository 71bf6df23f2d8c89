/** A problem with what the user gave (a file, an option, a query): its message is one line for the user. */
export class UserError extends Error {
  override readonly name: string = 'UserError';
}

/** A problem with the database file itself: missing, not a qmine database, a version this code cannot use. */
export class StoreError extends UserError {
  override readonly name = 'StoreError';
}
