import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { isURL, MaxLength, ValidateBy, ValidateIf } from 'class-validator';

/** A field that may be left out, or sent as null or "" to clear it; any other value is validated. */
export const Clearable = () =>
  ValidateIf((_object, value) => value !== undefined && value !== null && value !== '');

/** "" and null both mean "clear it"; stored as null. */
export const clearedAsNull = <T>(value: T | '' | null): T | null => (value === '' ? null : value);

const LOCAL_HOST = /^(?:localhost|(?:[a-z0-9-]+\.)+localhost|127\.0\.0\.1|\[::1\])$/i;

/**
 * An address the public may be sent to: https, or plain http only on this machine (the demo and
 * the tests run on localhost without TLS). No user name or password in it.
 */
export function isPublicWebAddress(value: unknown): boolean {
  if (typeof value !== 'string' || !URL.canParse(value)) return false;
  const { protocol, hostname } = new URL(value);
  const local = LOCAL_HOST.test(hostname);
  if (protocol !== 'https:' && !(protocol === 'http:' && local)) return false;
  return isURL(value, {
    protocols: ['http', 'https'],
    require_protocol: true,
    require_tld: !local,
    disallow_auth: true,
  });
}

/** An optional, clearable public web address, with Danish messages naming the field. */
export const ClearablePublicWebAddress = (
  field: string,
  maxLength: number,
  options: { example: string; description: string },
) =>
  applyDecorators(
    ApiPropertyOptional({
      type: String,
      nullable: true,
      maxLength,
      example: options.example,
      description: `${options.description} https, or http for localhost only; null or "" clears it.`,
    }),
    Clearable(),
    MaxLength(maxLength, { message: `${field} må højst være ${maxLength} tegn.` }),
    ValidateBy({
      name: 'isPublicWebAddress',
      validator: {
        validate: isPublicWebAddress,
        defaultMessage: () =>
          `${field} skal være en adresse, der begynder med https:// (http:// kun for localhost).`,
      },
    }),
  );
