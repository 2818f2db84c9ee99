import { HttpException } from '@nestjs/common';
import type { Request, Response } from 'express';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

/**
 * A person whose login fails has arrived by a browser redirect, not by a script: they get a short
 * Danish page with a way on, instead of a JSON problem. Scripts (Accept: application/json) still
 * get the problem details.
 */
export async function withLoginProblemPage(
  request: Request,
  response: Response,
  work: () => Promise<void>,
): Promise<void> {
  try {
    await work();
  } catch (error) {
    if (!(error instanceof HttpException) || request.accepts(['json', 'html']) !== 'html') throw error;
    const body = error.getResponse();
    const { title, detail } = (typeof body === 'object' ? body : { title: body }) as {
      title?: string;
      detail?: string;
    };
    response
      .status(error.getStatus())
      .type('html')
      .send(
        `<!doctype html><html lang="da"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
          `<title>${escapeHtml(title ?? 'Login mislykkedes')} – Socialkompas</title></head>` +
          `<body style="font-family: system-ui, sans-serif; max-width: 36rem; margin: 3rem auto; padding: 0 1rem; line-height: 1.5">` +
          `<main><h1>${escapeHtml(title ?? 'Login mislykkedes')}</h1><p>${escapeHtml(detail ?? '')}</p>` +
          `<p><a href="/auth/login">Prøv at logge ind igen</a> · <a href="/">Til forsiden</a></p></main></body></html>`,
      );
  }
}
