/** One municipality and how many weeks after the last day loaded (the API's default origin). */
export type ForecastParams = {
  municipalityCode: string;
  weeks: number;
};
