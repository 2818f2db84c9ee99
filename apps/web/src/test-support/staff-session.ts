/** `GET /api/v1/me` for a logged-in editor, as the staff area's tests need it. */
export const editorSession = {
  authenticated: true,
  user: { id: 'a1b2c3d4-0000-4000-8000-000000000001', name: 'Mette Jensen', email: 'mette@aarhus.dk' },
  role: 'editor',
  csrfToken: 'token',
};
