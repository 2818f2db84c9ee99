/** The public suggestion form's limit: 5 an hour per tenant and address. */
export const SUGGESTIONS_PER_HOUR = 5;

/**
 * An offer suggestion with the hidden field filled, as only a bot does: answered 202 like any
 * suggestion and stored nowhere, so a test can spend the form's rate limit without leaving data.
 */
export const HONEYPOT_SUGGESTION = {
  name: 'Strikkecafé',
  description: 'Vi strikker og drikker kaffe sammen hver torsdag.',
  organizationName: 'Strikkeforeningen',
  contactName: 'Mette Jensen',
  email: 'mette@strik.dk',
  website_url_confirm: 'https://spam.example',
};
