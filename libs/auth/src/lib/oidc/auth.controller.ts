import {
  BadRequestException,
  Controller,
  Get,
  HttpCode,
  Inject,
  Post,
  Query,
  Req,
  Res,
  UseGuards,
} from '@nestjs/common';
import {
  ApiExtraModels,
  ApiFoundResponse,
  ApiOkResponse,
  ApiSeeOtherResponse,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import { Throttle, ThrottlerGuard } from '@nestjs/throttler';
import type { Response } from 'express';
import { Public, Roles, STAFF_ROLES } from '@socialkompas/http';
import { tenantOf } from '@socialkompas/tenancy';
import type { StaffAwareRequest } from '../access/staff-request';
import { AUTH_OPTIONS, AuthOptions, sessionCookieName, usesSecureCookies } from '../auth.options';
import { AnonymousSession, LogoutRedirect, StaffSession } from '../session/session-view';
import { withLoginProblemPage } from './login-problem-page';
import { LoginQueryDto } from './login-query.dto';
import { StaffLoginService } from './staff-login.service';

const LOGIN_RATE = { default: { limit: 30, ttl: 60_000 } };

/** Staff login through the tenant's identity provider, logout, and who is logged in. */
@ApiTags('auth')
@Controller()
export class AuthController {
  constructor(
    private readonly login: StaffLoginService,
    @Inject(AUTH_OPTIONS) private readonly options: AuthOptions,
  ) {}

  @Get('auth/login')
  @Public()
  @UseGuards(ThrottlerGuard)
  @Throttle(LOGIN_RATE)
  @ApiFoundResponse({ description: "To the tenant's identity provider" })
  async start(
    @Query() { returnTo }: LoginQueryDto,
    @Req() request: StaffAwareRequest,
    @Res() response: Response,
  ) {
    await withLoginProblemPage(request, response, () => this.login.start(request, response, returnTo ?? '/'));
  }

  @Get('auth/callback')
  @Public()
  @UseGuards(ThrottlerGuard)
  @Throttle(LOGIN_RATE)
  @ApiFoundResponse({ description: 'Back to where the login started' })
  async callback(@Req() request: StaffAwareRequest, @Res() response: Response) {
    await withLoginProblemPage(request, response, async () => {
      // Without a code or an error this is no answer from an identity provider.
      if (typeof request.query.code !== 'string' && typeof request.query.error !== 'string') {
        throw new BadRequestException({ title: 'Ugyldigt login-svar', detail: 'Parameteren code mangler.' });
      }
      await this.login.finish(request, response);
    });
  }

  /** Ends the session (CSRF-protected like every change) and sends the browser to end the IdP session too. */
  @Post('auth/logout')
  @Roles(...STAFF_ROLES)
  @HttpCode(303)
  @ApiOkResponse({ type: LogoutRedirect, description: 'To a script (Accept: application/json)' })
  @ApiSeeOtherResponse({ description: 'A browser form is sent on to the same address' })
  async logout(@Req() request: StaffAwareRequest, @Res() response: Response) {
    const redirectTo = await this.login.logout(request);
    // The same attributes as the cookie itself, or a browser keeps a __Host- cookie.
    response.clearCookie(sessionCookieName(this.options), {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: usesSecureCookies(this.options),
    });
    // A script (the web client) gets the address to go to; a plain form post is redirected.
    if (request.accepts(['html', 'json']) === 'json')
      return response.status(200).json({ redirectTo } satisfies LogoutRedirect);
    response.redirect(303, redirectTo);
  }

  @Get('api/v1/me')
  @Public()
  @ApiExtraModels(AnonymousSession, StaffSession)
  @ApiOkResponse({
    schema: { oneOf: [{ $ref: getSchemaPath(AnonymousSession) }, { $ref: getSchemaPath(StaffSession) }] },
  })
  me(@Req() request: StaffAwareRequest): AnonymousSession | StaffSession {
    const tenant = tenantOf(request);
    const staff = request.staff;
    if (!staff)
      return {
        authenticated: false,
        tenant: { slug: tenant.slug, name: tenant.name },
        loginUrl: '/auth/login',
      };
    return {
      authenticated: true,
      tenant: { slug: tenant.slug, name: tenant.name },
      user: { id: staff.userId, name: staff.name, email: staff.email },
      role: staff.role,
      ...(staff.organizationId ? { organizationId: staff.organizationId } : {}),
      csrfToken: request.session.csrfToken,
    };
  }
}
