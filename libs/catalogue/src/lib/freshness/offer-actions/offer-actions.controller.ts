import { Body, Controller, Get, Param, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Throttle, ThrottlerGuard } from '@nestjs/throttler';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import type { Request, Response } from 'express';
import { clientAddress } from '@socialkompas/auth';
import { CurrentTenant, Tenant } from '@socialkompas/tenancy';
import { Public } from '@socialkompas/http';
import { donePage, problemPage, questionPage, updateFormPage } from './offer-action-pages';
import { OfferActionsService } from './offer-actions.service';
import { OfferUpdateRequestDto, UPDATE_FIELDS } from '../../inbox/update-requests/offer-update-request.dto';

/**
 * The pages behind the links in reminder mails, for associations without a login. A GET only
 * shows a question or a form: mail scanners open links, so only the button's POST acts.
 */
@ApiExcludeController()
@Controller('offer-actions')
@Public()
@UseGuards(ThrottlerGuard)
@Throttle({ default: { limit: 30, ttl: 60_000 } })
export class OfferActionsController {
  constructor(private readonly actions: OfferActionsService) {}

  @Get(':token')
  async show(@CurrentTenant() tenant: Tenant, @Param('token') token: string, @Res() response: Response) {
    const found = await this.actions.lookup(tenant, token);
    if (!found.ok) return this.problem(response, tenant, found.problem);
    if (found.used) return this.problem(response, tenant, 'already_used');
    const { action } = found.grant;
    response
      .type('html')
      .send(
        action === 'update' ? updateFormPage(tenant, found.offer) : questionPage(tenant, action, found.offer),
      );
  }

  @Post(':token')
  async act(
    @CurrentTenant() tenant: Tenant,
    @Param('token') token: string,
    // A browser form, checked below so that mistakes come back in the form, not as JSON.
    @Body() form: Record<string, unknown>,
    @Req() request: Request,
    @Res() response: Response,
  ) {
    const found = await this.actions.lookup(tenant, token);
    if (!found.ok) return this.problem(response, tenant, found.problem);
    let proposal: OfferUpdateRequestDto | undefined;
    if (found.grant.action === 'update') {
      const values = proposedValues(form);
      proposal = plainToInstance(OfferUpdateRequestDto, values);
      const errors = await validate(proposal, { whitelist: true });
      if (errors.length > 0)
        return response
          .status(400)
          .type('html')
          .send(updateFormPage(tenant, found.offer, values, errors));
    }
    const done = await this.actions.perform(tenant, token, clientAddress(request), proposal);
    if (!done.ok) return this.problem(response, tenant, done.problem);
    response
      .status(200)
      .type('html')
      .send(donePage(tenant, done.grant.action, done.offer));
  }

  private problem(response: Response, tenant: Tenant, problem: Parameters<typeof problemPage>[1]) {
    const { status, html } = problemPage(tenant, problem);
    response.status(status).type('html').send(html);
  }
}

/** The form's known fields that hold text; empty ones are left out (an empty field proposes nothing). */
function proposedValues(form: Record<string, unknown>): Record<string, string> {
  const values: Record<string, string> = {};
  for (const { field } of UPDATE_FIELDS) {
    const value = form?.[field];
    if (typeof value === 'string' && value.trim() !== '') values[field] = value.trim();
  }
  return values;
}
