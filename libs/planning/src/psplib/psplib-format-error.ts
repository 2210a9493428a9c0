/** A PSPLIB file that does not follow the `.sm` layout; `line` is 1-based, 0 when not tied to one line. */
export class PsplibFormatError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(line > 0 ? `line ${line}: ${message}` : message);
    this.name = 'PsplibFormatError';
  }
}
