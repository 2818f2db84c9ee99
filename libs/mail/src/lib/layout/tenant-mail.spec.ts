import { escapeHtml } from '@socialkompas/http';
import { danishDate, danishGenitive, danishTime } from './danish-text';
import { renderTenantMail } from './tenant-mail';

const content = {
  tenant: { name: 'Odder Kommune', theme: { primaryColor: '#7a1f3d', primaryTextColor: '#ffffff' } },
  subject: 'Du er inviteret\r\nBcc: alle@example.dk',
  heading: 'Velkommen <b>her</b>',
  greeting: 'Hej Børn & Unge,',
  paragraphs: ['Første afsnit med "citat".'],
  actions: [{ label: 'Log ind', url: 'https://odder.socialkompas.dk/auth/login?a=1&b=2' }],
  afterActions: ['Linket virker én gang.'],
};

describe('the tenant mail layout', () => {
  it('says the same in text and HTML, signed with the tenant’s name, in its colours', () => {
    const mail = renderTenantMail(content);
    expect(mail.text).toBe(
      [
        'Hej Børn & Unge,',
        'Velkommen <b>her</b>',
        'Første afsnit med "citat".',
        'Log ind:\nhttps://odder.socialkompas.dk/auth/login?a=1&b=2',
        'Linket virker én gang.',
        'Venlig hilsen\nOdder Kommune',
      ].join('\n\n'),
    );
    expect(mail.html).toContain('<html lang="da">');
    expect(mail.html).toContain('Odder Kommunes Socialkompas');
    expect(mail.html).toContain('background-color:#7a1f3d');
    expect(mail.html).toContain(`href="${escapeHtml('https://odder.socialkompas.dk/auth/login?a=1&b=2')}"`);
  });

  it('escapes everything it is given and keeps the subject on one line', () => {
    const mail = renderTenantMail(content);
    expect(mail.subject).toBe('Du er inviteret Bcc: alle@example.dk');
    expect(mail.html).not.toContain('<b>');
    expect(mail.html).toContain(escapeHtml('Velkommen <b>her</b>'));
    expect(mail.html).toContain(escapeHtml('Hej Børn & Unge,'));
  });

  it('uses the default colours where the theme holds something that is not plainly a colour', () => {
    const mail = renderTenantMail({
      ...content,
      tenant: { name: 'Odder Kommune', theme: { primaryColor: 'red;background:url(https://x.example)' } },
    });
    expect(mail.html).not.toContain('x.example');
    expect(mail.html).toContain('background-color:#1d4f73');
  });

  it('writes dates and times the Danish way', () => {
    expect(danishDate('2026-05-12')).toBe('12. maj 2026');
    expect(danishTime(new Date('2026-12-03T16:30:00Z'))).toBe('17.30');
    expect(danishGenitive('Aarhus Kommune')).toBe('Aarhus Kommunes');
    expect(danishGenitive('Vejle Kommunes')).toBe("Vejle Kommunes'");
  });
});
