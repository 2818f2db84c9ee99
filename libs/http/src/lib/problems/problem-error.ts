/**
 * A domain error that knows how it is answered over HTTP: a stable `code` (the problem type
 * `urn:socialkompas:problem:<code>`), a status, and a message an operator understands. Libraries
 * below the HTTP layer throw these; the problem details filter answers them, the CLI prints them.
 */
export abstract class ProblemError extends Error {
  abstract readonly code: string;
  /** 400 unless the error says otherwise (404 for something missing, 409 for a clash). */
  readonly status: number = 400;
  /** The input field the error is about, when there is one. */
  readonly field?: string;

  constructor(message: string, field?: string) {
    super(message);
    this.name = new.target.name;
    this.field = field;
  }
}
