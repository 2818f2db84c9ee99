import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { OfferSuggestionDto } from './offer-suggestion.dto';

const valid = {
  name: 'Strikkecafé',
  description: 'Vi strikker og drikker kaffe hver onsdag.',
  organizationName: 'Fællesskabet',
  contactName: 'Mette Jensen',
  phone: '+45 20 30 40 50',
};

async function messagesFor(body: Record<string, unknown>): Promise<Record<string, string[]>> {
  const errors = await validate(plainToInstance(OfferSuggestionDto, body), {
    whitelist: true,
    forbidNonWhitelisted: true,
  });
  return Object.fromEntries(errors.map((error) => [error.property, Object.values(error.constraints ?? {})]));
}

describe('an offer suggestion’s fields', () => {
  it('takes a valid suggestion', async () => {
    expect(await messagesFor(valid)).toEqual({});
  });

  it('refuses topics that are not an object, in Danish', async () => {
    for (const terms of ['ensomhed', null]) {
      const messages = await messagesFor({ ...valid, terms });
      expect(messages.terms?.join(' ')).toMatch(/^terms skal være et objekt/);
    }
  });

  it('refuses a phone number without 8 digits, spaces alone included', async () => {
    for (const phone of ['        ', '12 34', '+45 ']) {
      expect((await messagesFor({ ...valid, phone })).phone).toEqual([
        'Telefon skal være et telefonnummer med 8 cifre, evt. med +45.',
      ]);
    }
    expect(await messagesFor({ ...valid, phone: '20304050' })).toEqual({});
  });
});
