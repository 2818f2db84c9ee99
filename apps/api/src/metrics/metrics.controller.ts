import {
  Controller,
  Get,
  Header,
  Headers,
  Inject,
  NotFoundException,
  Res,
  UnauthorizedException,
} from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { MetricsRegistry, Public } from '@socialkompas/http';
import { carriesMetricsToken } from './metrics-token';

/** The token Prometheus must send; without one configured, there are no metrics to see. */
export const METRICS_TOKEN = Symbol('METRICS_TOKEN');

/**
 * `/metrics` in Prometheus' text format, for the operator's Prometheus only: public as a route
 * (no session), but it answers only `Authorization: Bearer <METRICS_TOKEN>`, and 404 while no
 * token is configured. A platform route: any host serves it, no tenant is resolved.
 */
@ApiExcludeController()
@Controller('metrics')
@Public()
export class MetricsController {
  constructor(
    private readonly registry: MetricsRegistry,
    @Inject(METRICS_TOKEN) private readonly token: string | undefined,
  ) {}

  @Get()
  @Header('Cache-Control', 'no-store')
  async scrape(
    @Headers('authorization') authorization: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<string> {
    if (!this.token) throw new NotFoundException();
    if (!carriesMetricsToken(authorization, this.token)) {
      response.setHeader('WWW-Authenticate', 'Bearer realm="metrics"');
      throw new UnauthorizedException({
        title: 'Adgang kræver metrics-token',
        detail: 'Send Authorization: Bearer med værdien af METRICS_TOKEN.',
      });
    }
    const text = await this.registry.scrape();
    response.setHeader('Content-Type', this.registry.contentType);
    return text;
  }
}
