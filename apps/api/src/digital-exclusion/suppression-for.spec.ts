import { ROLES } from '../auth/roles';
import { suppressionFor } from './suppression-for';

describe(suppressionFor.name, () => {
  it('hides small counts for the council and for no other role', () => {
    expect(ROLES.map((role) => [role, suppressionFor({ role }, 5)])).toEqual([
      ['director', null],
      ['finance', null],
      ['centre_manager', null],
      ['council', { threshold: 5 }],
      ['admin', null],
    ]);
  });
});
