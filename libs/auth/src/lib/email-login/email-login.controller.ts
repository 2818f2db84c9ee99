import {
  Body,
  Controller,
  ForbiddenException,
  Get,
  GoneException,
  HttpCode,
  HttpException,
  HttpStatus,
  Param,
  Post,
  Req,
  Res,
  UseGuards,
} from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiExcludeEndpoint,
  ApiGoneResponse,
  ApiOkResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import { Throttle, ThrottlerGuard } from '@nestjs/throttler';
import type { IncomingHttpHeaders } from 'node:http';
import type { Response } from 'express';
import { Public } from '@socialkompas/http';
import { CurrentTenant, Tenant } from '@socialkompas/tenancy';
import type { StaffAwareRequest } from '../access/staff-request';
import { actorOf } from '../audit/actor';
import { startLoggedInSession } from '../session/start-session';
import { ASSOCIATION_LOGIN_PAGE, confirmLinkPage, unusableLinkPage } from './email-login-pages';
import { EmailLoginRedirect, EmailLoginRequestDto, EmailLoginRequested } from './email-login.dto';
import { EMAIL_LOGIN_LIMITS, EmailLoginService, LINK_REQUESTED_MESSAGE } from './email-login.service';

/** Where an association's member lands after logging in. */
const ASSOCIATION_HOME = '/min-forening';
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/**
 * Whether the button was pressed on our own page. Browsers say so in Sec-Fetch-Site (another
 * tenant's host is `same-site`, and refused too); without it, an Origin naming another host is
 * refused. `Origin: null` says nothing: our pages send no referrer, so a browser may send it.
 */
function pressedOnOwnPage(headers: IncomingHttpHeaders): boolean {
  const site = headers['sec-fetch-site'];
  if (typeof site === 'string') return site === 'same-origin' || site === 'none';
  const origin = headers.origin;
  if (!origin || origin === 'null') return true;
  try {
    return new URL(origin).host === headers.host;
  } catch {
    return false;
  }
}

const wantsJson = (request: StaffAwareRequest) => request.accepts(['html', 'json']) === 'json';

/**
 * E-mail login for associations' people. Public: asking for a link and pressing its button act on
 * nobody's authority yet. A mailed link opens a page of the server's own with a button, because
 * mail scanners open links; only the button's POST logs in (that page works without the web
 * client's script, and the token never reaches it). Asking for a link is the web client's form.
 */
@ApiTags('auth')
@Controller('auth/email-login')
@Public()
@UseGuards(ThrottlerGuard)
@Throttle({ default: { limit: 30, ttl: 60_000 } })
export class EmailLoginController {
  constructor(private readonly emailLogin: EmailLoginService) {}

  /** The form lives in the web client; an old or typed address still finds it. */
  @Get()
  @ApiExcludeEndpoint()
  form(@Res() response: Response) {
    response.redirect(302, ASSOCIATION_LOGIN_PAGE);
  }

  @Post()
  @HttpCode(202)
  @ApiAcceptedResponse({ type: EmailLoginRequested })
  @ApiTooManyRequestsResponse({
    description: `More than ${EMAIL_LOGIN_LIMITS.perAddress} links an hour for one address, or ${EMAIL_LOGIN_LIMITS.perClient} from one client; Retry-After says when to try again.`,
  })
  async request(
    @CurrentTenant() tenant: Tenant,
    @Body() { email }: EmailLoginRequestDto,
    @Req() request: StaffAwareRequest,
    @Res({ passthrough: true }) response: Response,
  ): Promise<EmailLoginRequested> {
    const { retryAfterSeconds } = await this.emailLogin.requestLink(tenant, email, actorOf(request));
    if (retryAfterSeconds !== null) {
      response.setHeader('Retry-After', String(retryAfterSeconds));
      const minutes = Math.ceil(retryAfterSeconds / 60);
      throw new HttpException(
        {
          title: 'For mange forsøg',
          detail: `Der er bedt om for mange login-links på kort tid. Prøv igen om ${minutes === 1 ? 'et minut' : `${minutes} minutter`}.`,
        },
        HttpStatus.TOO_MANY_REQUESTS,
      );
    }
    return { message: LINK_REQUESTED_MESSAGE };
  }

  @Get(':token')
  @ApiExcludeEndpoint()
  async show(@CurrentTenant() tenant: Tenant, @Param('token') token: string, @Res() response: Response) {
    const usable = TOKEN_PATTERN.test(token) && (await this.emailLogin.isUsable(tenant, token));
    if (!usable) return response.status(410).type('html').send(unusableLinkPage(tenant));
    response.type('html').send(confirmLinkPage(tenant));
  }

  /** Uses the link and starts a session like a staff login's: new id, bound to this host, CSRF token. */
  @Post(':token')
  @HttpCode(303)
  @ApiOkResponse({ type: EmailLoginRedirect, description: 'Logged in (Accept: application/json)' })
  @ApiGoneResponse({ description: 'The link is used, expired or unknown' })
  async redeem(
    @CurrentTenant() tenant: Tenant,
    @Param('token') token: string,
    @Req() request: StaffAwareRequest,
    @Res() response: Response,
  ) {
    // Another site's form must not log a visitor in to an account of someone else's choosing.
    if (!pressedOnOwnPage(request.headers)) {
      throw new ForbiddenException({
        title: 'Afvist',
        detail: 'Login-linket skal åbnes på kommunens egen side.',
      });
    }
    const result = TOKEN_PATTERN.test(token)
      ? await this.emailLogin.redeem(tenant, token, actorOf(request))
      : ({ ok: false, reason: 'unknown' } as const);
    if (!result.ok) {
      if (wantsJson(request))
        throw new GoneException({
          title: 'Linket virker ikke længere',
          detail: 'Linket er brugt eller udløbet. Bed om et nyt link.',
        });
      return response.status(410).type('html').send(unusableLinkPage(tenant));
    }
    await startLoggedInSession(request, {
      userId: result.userId,
      tenantId: tenant.id,
      authenticatedAt: Date.now(),
      via: 'email_link',
    });
    if (wantsJson(request))
      return response.status(200).json({ redirectTo: ASSOCIATION_HOME } satisfies EmailLoginRedirect);
    response.redirect(303, ASSOCIATION_HOME);
  }
}
