import { HttpException } from '@nestjs/common';
import type { Request, Response } from 'express';
import { escapeHtml, simplePage } from '@socialkompas/http';
import { TenantAwareRequest } from '@socialkompas/tenancy';

/**
 * A person whose login fails has arrived by a browser redirect, not by a script: they get a short
 * Danish page with a way on, instead of a JSON problem. Scripts (Accept: application/json) still
 * get the problem details.
 */
export async function withLoginProblemPage(
  request: Request & TenantAwareRequest,
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
        simplePage(
          title ?? 'Login mislykkedes',
          `<p>${escapeHtml(detail ?? '')}</p><p><a href="/auth/login">Prøv at logge ind igen</a> · <a href="/">Til forsiden</a></p>` +
            (request.tenant ? `<p><small>${escapeHtml(request.tenant.name)} · Socialkompas</small></p>` : ''),
          // In the tenant's colour, like the rest of its pages.
          { primaryColor: request.tenant?.theme.primaryColor },
        ),
      );
  }
}
