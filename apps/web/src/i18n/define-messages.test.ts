import { defineMessages } from './define-messages';

describe('defineMessages', () => {
  const t = defineMessages({
    da: { greeting: 'Hej {name}, du har {count} tilbud' },
    en: { greeting: 'Hi {name}, you have {count} services' },
  });

  it('speaks Danish by default and fills placeholders', () => {
    expect(t('greeting', { name: 'Rikke', count: 3 })).toBe('Hej Rikke, du har 3 tilbud');
  });

  it('leaves a placeholder without a value visible instead of blank', () => {
    expect(t('greeting', { name: 'Rikke' })).toBe('Hej Rikke, du har {count} tilbud');
  });
});
