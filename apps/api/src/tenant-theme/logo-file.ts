import { createHash } from 'node:crypto';
import { HttpException, HttpStatus } from '@nestjs/common';
import { badField } from '@socialkompas/http';
import { svgProblems } from './svg-safety';

/** The largest logo a tenant may upload: a header logo needs far less, and it is sent on every first visit. */
export const MAX_LOGO_BYTES = 200 * 1024;

export const LOGO_TYPES = {
  'image/png': 'png',
  'image/svg+xml': 'svg',
  'image/webp': 'webp',
} as const;
export type LogoContentType = keyof typeof LOGO_TYPES;
export type LogoExtension = (typeof LOGO_TYPES)[LogoContentType];

/** A logo that passed every check, ready to be stored. */
export interface CheckedLogo {
  contentType: LogoContentType;
  bytes: Buffer;
  sha256: string;
}

/** How many hex digits of the SHA-256 name a logo's file: enough that two logos never share one. */
const HASH_PREFIX_LENGTH = 16;

/** The address the theme names the logo by, e.g. `/logo/3f2a9c0d1e4b5a67.svg`: a new file is a new address. */
export function logoPath(logo: Pick<CheckedLogo, 'contentType' | 'sha256'>): string {
  return `/logo/${logo.sha256.slice(0, HASH_PREFIX_LENGTH)}.${LOGO_TYPES[logo.contentType]}`;
}

/** `3f2a9c0d1e4b5a67.svg` as its hash prefix and extension, or undefined for any other file name. */
export function parseLogoFileName(
  file: string,
): { hashPrefix: string; extension: LogoExtension } | undefined {
  const match = new RegExp(`^([0-9a-f]{${HASH_PREFIX_LENGTH}})\\.(png|svg|webp)$`).exec(file);
  return match ? { hashPrefix: match[1], extension: match[2] as LogoExtension } : undefined;
}

const startsWith = (bytes: Buffer, signature: number[], offset = 0) =>
  signature.every((byte, index) => bytes[offset + index] === byte);
const ascii = (text: string) => [...text].map((character) => character.charCodeAt(0));

/** Formats the file's first bytes show; the name and the declared type are never trusted. */
function sniffedType(bytes: Buffer): LogoContentType | 'jpeg' | 'gif' | undefined {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'image/webp';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, ascii('GIF8'))) return 'gif';
  // SVG is text: the document's root element must be <svg>, after an optional XML declaration,
  // comments and DOCTYPE (a DOCTYPE is then refused by svgProblems, naming it).
  const head = bytes.subarray(0, 4096).toString('utf8');
  if (
    /^\uFEFF?\s*(<\?xml[^>]*\?>\s*)?(<!--[\s\S]*?-->\s*|<!DOCTYPE[^>[]*(\[[\s\S]*?\])?\s*>\s*)*<svg[\s>]/.test(
      head,
    )
  )
    return 'image/svg+xml';
  return undefined;
}

const kilobytes = (size: number) => Math.ceil(size / 1024);

/**
 * Checks an uploaded logo: at most 200 KB, a PNG, WebP or SVG by its content (magic bytes), and an
 * SVG free of anything active or external (see svg-safety.ts). Problems are told in Danish, naming
 * the field `logo`.
 */
export function checkLogo(body: unknown): CheckedLogo {
  if (!Buffer.isBuffer(body) || body.length === 0) {
    throw new HttpException(
      {
        title: 'Logoet mangler',
        detail: 'Send logoet som filens indhold med Content-Type image/png, image/svg+xml eller image/webp.',
        errors: [{ field: 'logo', message: 'Vælg en PNG-, SVG- eller WebP-fil.' }],
      },
      HttpStatus.BAD_REQUEST,
    );
  }
  if (body.length > MAX_LOGO_BYTES) {
    throw badField(
      'logo',
      `Logoet fylder ${kilobytes(body.length)} KB; det må højst fylde ${kilobytes(MAX_LOGO_BYTES)} KB. Gem det i en mindre udgave, fx som SVG eller WebP.`,
    );
  }
  const type = sniffedType(body);
  if (type === 'jpeg' || type === 'gif') {
    throw badField(
      'logo',
      `Filen er et ${type.toUpperCase()}-billede. Logoet skal være PNG, SVG eller WebP.`,
    );
  }
  if (!type) {
    throw badField(
      'logo',
      'Filen er hverken et PNG-, SVG- eller WebP-billede. Logoet skal være en af de tre.',
    );
  }
  if (type === 'image/svg+xml') {
    const problems = svgProblems(body);
    if (problems.length > 0) {
      throw badField(
        'logo',
        `SVG-filen kan ikke bruges: ${problems.join(' ')} Gem logoet uden det, eller som PNG.`,
      );
    }
  }
  return { contentType: type, bytes: body, sha256: createHash('sha256').update(body).digest('hex') };
}
