/** The filter every visits query takes: one municipality, an inclusive date range and maybe a site. */
export type VisitsQueryParams = {
  municipalityCode: string;
  /** 'YYYY-MM-DD', inclusive. */
  from: string;
  /** 'YYYY-MM-DD', inclusive. */
  to: string;
  /** One site of the municipality; every site when left out. */
  siteCode?: string;
};
