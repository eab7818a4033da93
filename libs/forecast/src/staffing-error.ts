/**
 * The one error the staffing and forecast code throws for input it cannot work with. `code` lets
 * the CLI and the API react per kind; `message` names the value and what would make it possible.
 */
export type StaffingErrorCode = 'invalid-input' | 'target-unreachable';

export class StaffingError extends Error {
  constructor(
    readonly code: StaffingErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'StaffingError';
  }
}
