import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches, MaxLength } from 'class-validator';

/** A path on this host: no scheme, no `//host`, no backslashes or control characters that browsers bend into one. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what must be refused
export const SAME_HOST_PATH = /^\/(?![/\\])[^\\\s\u0000-\u001f\u007f]*$/;

export class LoginQueryDto {
  @ApiPropertyOptional({ description: 'Where to go after login: a path on this host.', example: '/admin' })
  @IsOptional()
  @MaxLength(2000, { message: 'returnTo må højst være 2000 tegn.' })
  @Matches(SAME_HOST_PATH, { message: 'returnTo skal være en sti på samme adresse, fx /admin.' })
  returnTo?: string;
}
