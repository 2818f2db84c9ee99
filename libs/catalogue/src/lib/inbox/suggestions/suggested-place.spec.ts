import { placeFromWhere } from './suggested-place';

describe('the place read from a suggestion’s "where"', () => {
  it('splits name, address, postcode and city', () => {
    expect(placeFromWhere('Medborgerhuset, Vestergade 5, 8000 Aarhus C')).toEqual({
      name: 'Medborgerhuset',
      address1: 'Vestergade 5',
      postalCode: '8000',
      city: 'Aarhus C',
    });
  });

  it('takes the postcode’s town when no city follows it, and an address alone', () => {
    expect(placeFromWhere('Klostergade 37, 8000')).toEqual({
      address1: 'Klostergade 37',
      postalCode: '8000',
      city: 'Aarhus C',
    });
  });

  it('does not take a house number or an unknown four-digit number for the postcode', () => {
    expect(placeFromWhere('Vestergade 1234, 8600 Silkeborg')).toMatchObject({
      address1: 'Vestergade 1234',
      postalCode: '8600',
      city: 'Silkeborg',
    });
    expect(placeFromWhere('Lokale 0001, Rådhuset')).toBeUndefined();
  });

  it('finds no place where no postcode is given', () => {
    expect(placeFromWhere('online')).toBeUndefined();
    expect(placeFromWhere('Medborgerhuset, Vestergade 5')).toBeUndefined();
    expect(placeFromWhere('')).toBeUndefined();
  });
});
