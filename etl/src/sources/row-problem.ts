/** Why a row (or, with column null, the whole line) could not be loaded. */
export interface RowProblem {
  column: string | null;
  reason: string;
  rawValue: string;
}
