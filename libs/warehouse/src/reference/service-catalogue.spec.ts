import { SERVICE_CATALOGUE, SERVICE_LABELS, UNMAPPED_SERVICE_CODE } from './service-catalogue';

describe('service catalogue', () => {
  const codes = new Set(SERVICE_CATALOGUE.map((service) => service.code));

  it('has unique codes and names', () => {
    expect(codes.size).toBe(SERVICE_CATALOGUE.length);
    expect(new Set(SERVICE_CATALOGUE.map((service) => service.nameDa)).size).toBe(
      SERVICE_CATALOGUE.length,
    );
  });

  it.each(Object.entries(SERVICE_LABELS))(
    'maps every %s label to a catalogued service other than "not mapped"',
    (_, labels) => {
      for (const code of Object.values(labels)) {
        expect(codes.has(code)).toBe(true);
        expect(code).not.toBe(UNMAPPED_SERVICE_CODE);
      }
    },
  );
});
