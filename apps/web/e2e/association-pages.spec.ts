import { browserAvailable } from '@socialkompas/testing';
import { checkPage, DESKTOP, PHONE, type Site, WebFixture } from './web-fixture';

const describeInBrowser = browserAvailable() ? describe : describe.skip;

/**
 * An association's member, invited by an editor, logs in with the link of the mail (read from the
 * outbox), corrects an offer of the association, and the editor approves the correction; in Chromium.
 */
describeInBrowser('min forening in a browser', () => {
  let web: WebFixture;
  let aarhus: Site;

  beforeAll(async () => {
    web = await WebFixture.start([{ login: 'redaktoer', name: 'Rikke Redaktør', email: 'rikke@example.dk' }]);
    aarhus = await web.site(
      'web_assoc_aarhus',
      'Aarhus Kommune',
      { primaryColor: '#003d73', primaryTextColor: '#ffffff' },
      12,
    );
    await web.login.invite(aarhus.tenant, 'redaktoer', 'editor');
  });

  afterAll(() => web?.close());

  const query = <Row>(sql: string, parameters: unknown[] = []) =>
    web.login.dataSource().query(sql, parameters) as Promise<Row[]>;

  it('invites a member by mail, who corrects an offer from the mailed link, and the editor approves it', async () => {
    const [offer] = await query<{ id: string; name: string; organization_id: string; organization: string }>(
      `SELECT o.id, o.name, o.organization_id, org.name AS organization
       FROM "t_${aarhus.tenant.slug}".offers o JOIN "t_${aarhus.tenant.slug}".organizations org ON org.id = o.organization_id
       WHERE o.status = 'published' ORDER BY o.name LIMIT 1`,
    );
    const editorContext = await web.newContext(DESKTOP);
    const editor = await editorContext.newPage();
    await web.logIn(editor, aarhus, 'redaktoer', '/personale/godkendelse');
    const invited = await editor.evaluate(async (organizationId) => {
      const { csrfToken } = await (await fetch('/api/v1/me')).json();
      const answer = await fetch(`/api/v1/admin/organizations/${organizationId}/members`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken },
        body: JSON.stringify({ email: 'kasserer@forening.dk' }),
      });
      return answer.status;
    }, offer.organization_id);
    expect(invited).toBe(201);

    // No SMTP server here: the invitation waits in the tenant's outbox, where editors read it too.
    const [mail] = await query<{ text_body: string }>(
      `SELECT text_body FROM "t_${aarhus.tenant.slug}".outbox WHERE recipient = 'kasserer@forening.dk'`,
    );
    const link = new URL(/https?:\/\/\S+\/auth\/email-login\/\S+/.exec(mail.text_body)?.[0] ?? '');
    const memberContext = await web.newContext(PHONE);
    const member = await memberContext.newPage();
    await member.goto(`${aarhus.origin}${link.pathname}`);
    await checkPage(member, 'association-link-aarhus-phone');
    await Promise.all([
      member.waitForURL(`${aarhus.origin}/min-forening`),
      member.getByRole('button', { name: 'Log ind' }).click(),
    ]);
    await member.getByRole('heading', { level: 1, name: `Min forening: ${offer.organization}` }).waitFor();
    await member
      .getByText(/Sidst bekræftet/)
      .first()
      .waitFor();
    await checkPage(member, 'association-offers-aarhus-phone');

    await member.getByRole('link', { name: `Ret ${offer.name}` }).click();
    await member.getByRole('heading', { level: 1, name: offer.name }).waitFor();
    await member.getByLabel('Hvornår', { exact: true }).fill('Tirsdage kl. 17.30–19.00');
    await member.getByRole('button', { name: 'Gem ændringer' }).click();
    await member.getByText('Tak! Rettelsen er sendt til redaktionen, som godkender den.').waitFor();
    await checkPage(member, 'association-edit-aarhus-phone');
    const scheduleOf = async () =>
      (
        await query<{ schedule_description: string }>(
          `SELECT schedule_description FROM "t_${aarhus.tenant.slug}".offers WHERE id = $1`,
          [offer.id],
        )
      )[0].schedule_description;
    expect(await scheduleOf()).not.toBe('Tirsdage kl. 17.30–19.00');

    await editor.reload();
    await editor.getByRole('heading', { level: 2, name: 'Rettelser fra foreningernes brugere' }).waitFor();
    await editor.getByRole('cell', { name: 'Tirsdage kl. 17.30–19.00' }).waitFor();
    await checkPage(editor, 'review-revision-aarhus-desktop');
    await editor.getByRole('button', { name: `Godkend rettelsen af ${offer.name}` }).click();
    await editor.getByText(`Rettelsen af "${offer.name}" er godkendt og vises nu.`).waitFor();
    expect(await scheduleOf()).toBe('Tirsdage kl. 17.30–19.00');

    // "Bekræft alle" confirms the association's offers today.
    await member.goto(`${aarhus.origin}/min-forening`);
    await member.getByRole('button', { name: 'Bekræft alle' }).click();
    await member.getByText(/tilbud er bekræftet i dag/).waitFor();
    await memberContext.close();
    await editorContext.close();
  });

  it('passes axe on the login form, and tells a second use of a link that it is used', async () => {
    const context = await web.newContext(PHONE);
    const page = await context.newPage();
    await page.goto(`${aarhus.origin}/min-forening`);
    await page.getByRole('link', { name: 'Log ind' }).click();
    await page.getByRole('heading', { level: 1, name: 'Log ind for foreninger' }).waitFor();
    await page.getByLabel('E-mailadresse').fill('kasserer@forening.dk');
    await page.getByRole('button', { name: 'Send mig et link' }).click();
    await page.getByText(/Hvis adressen har adgang/).waitFor();
    await checkPage(page, 'association-login-aarhus-phone');
    const [mail] = await query<{ text_body: string }>(
      `SELECT text_body FROM "t_${aarhus.tenant.slug}".outbox WHERE recipient = 'kasserer@forening.dk' AND kind = 'login_link'`,
    );
    const link = new URL(/https?:\/\/\S+\/auth\/email-login\/\S+/.exec(mail.text_body)?.[0] ?? '');
    await page.goto(`${aarhus.origin}${link.pathname}`);
    await Promise.all([
      page.waitForURL(`${aarhus.origin}/min-forening`),
      page.getByRole('button', { name: 'Log ind' }).click(),
    ]);
    await page.goto(`${aarhus.origin}${link.pathname}`);
    await page.getByRole('heading', { name: 'Linket virker ikke længere' }).waitFor();
    await checkPage(page, 'association-link-used-aarhus-phone');
    await context.close();
  });
});
