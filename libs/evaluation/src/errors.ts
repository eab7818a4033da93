/**
 * The one error the engine throws for a model it cannot fit. `code` lets a caller (the CLI, the
 * API later) react per kind; `message` is written for the analyst who chose the data and model.
 */
export type EvaluationErrorCode =
  | 'invalid-input'
  | 'too-few-pre-periods'
  | 'too-few-post-periods'
  | 'all-zero-counts'
  | 'collinear-design'
  | 'not-converged';

export class EvaluationError extends Error {
  constructor(
    readonly code: EvaluationErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'EvaluationError';
  }
}
