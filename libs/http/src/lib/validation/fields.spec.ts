import { BadRequestException } from '@nestjs/common';
import { Type } from 'class-transformer';
import { ValidateNested } from 'class-validator';
import { OptionalPhone, OptionalText, RequiredText } from './fields';
import { ItemLabel } from './item-label';
import { createValidationPipe } from './validation-pipe';

@ItemLabel('Sted')
class PlaceDto {
  @RequiredText('Postnummer', 4, 4)
  postalCode!: string;

  @OptionalText('By', 10)
  city?: string;
}

class OfferDto {
  @RequiredText('Navn', 3, 20)
  name!: string;

  @OptionalPhone('Telefon')
  phone?: string;

  @ValidateNested({ each: true })
  @Type(() => PlaceDto)
  places?: PlaceDto[];
}

async function refusal(
  value: unknown,
): Promise<{ detail: string; errors: { field: string; message: string }[] }> {
  try {
    await createValidationPipe().transform(value, { type: 'body', metatype: OfferDto });
  } catch (error) {
    if (error instanceof BadRequestException) return error.getResponse() as never;
    throw error;
  }
  throw new Error('The value was accepted');
}

describe('the field helpers’ messages', () => {
  it('name the field by its label, once, whatever is wrong with it', async () => {
    for (const name of [undefined, null, '', '   ']) {
      expect((await refusal({ name })).errors).toEqual([{ field: 'name', message: 'Navn skal udfyldes.' }]);
    }
    expect((await refusal({ name: 42 })).errors).toEqual([
      { field: 'name', message: 'Navn skal være tekst.' },
    ]);
    expect((await refusal({ name: 'ab', phone: '12' })).errors).toEqual([
      { field: 'name', message: 'Navn skal være mellem 3 og 20 tegn.' },
      { field: 'phone', message: 'Telefon skal være et telefonnummer med 8 cifre, evt. med +45.' },
    ]);
  });

  it('say which item of a list a message is about, keeping the API’s path as the field', async () => {
    const refused = await refusal({
      name: 'Madklub',
      places: [{ postalCode: '8000' }, { postalCode: '', city: 'Aarhus Centrum' }],
    });
    expect(refused.errors).toEqual([
      { field: 'places.1.postalCode', message: 'Sted 2: Postnummer skal udfyldes.' },
      { field: 'places.1.city', message: 'Sted 2: By må højst være 10 tegn.' },
    ]);
    expect(refused.detail).toBe('Sted 2: Postnummer skal udfyldes. Sted 2: By må højst være 10 tegn.');
  });
});
