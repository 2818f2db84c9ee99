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

describe('plural messages', () => {
  const t = defineMessages({
    da: { 'searches.one': '{count} søgning', 'searches.other': '{count} søgninger' },
    en: { 'searches.one': '{count} search', 'searches.other': '{count} searches' },
  });

  it('take the singular for one and the plural for everything else, with Danish numbers', () => {
    expect(t.plural('searches', 1)).toBe('1 søgning');
    expect(t.plural('searches', 0)).toBe('0 søgninger');
    expect(t.plural('searches', 2)).toBe('2 søgninger');
    expect(t.plural('searches', 1250)).toBe('1.250 søgninger');
  });
});
