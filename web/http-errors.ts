/** A request the server answers with a 4xx status and a one-line reason (bad parameter, unknown page). */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}
