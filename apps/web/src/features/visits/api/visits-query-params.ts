/** The filter every visits query takes: one municipality and an inclusive date range. */
export type VisitsQueryParams = {
  municipalityCode: string;
  /** 'YYYY-MM-DD', inclusive. */
  from: string;
  /** 'YYYY-MM-DD', inclusive. */
  to: string;
};
