import { ProblemError } from '@socialkompas/http';

/** Domain errors of the tenancy layer: problems an operator understands (see ProblemError). */
export abstract class TenancyError extends ProblemError {}

export class InvalidTenantSlugError extends TenancyError {
  readonly code = 'invalid-slug';
  constructor(slug: string) {
    super(
      `Ugyldig tenant-slug "${slug}": brug 2-41 tegn, små bogstaver a-z, cifre og _, startende med et bogstav, og ikke et reserveret navn.`,
      'slug',
    );
  }
}

export class InvalidTenantInputError extends TenancyError {
  readonly code = 'invalid-input';
}

export class DomainTakenError extends TenancyError {
  readonly code = 'domain-taken';
  override readonly status = 409;
  constructor(host: string, owner: string) {
    super(`Domænet "${host}" bruges allerede af tenant "${owner}".`, 'domain');
  }
}

export class InvalidDomainError extends TenancyError {
  readonly code = 'invalid-domain';
  constructor(host: string) {
    super(
      `Ugyldigt domæne "${host}": angiv et værtsnavn som "tilbud.aarhus.dk" uden protokol og sti.`,
      'domain',
    );
  }
}

export class UnknownRegionError extends TenancyError {
  readonly code = 'unknown-region';
  constructor(slug: string) {
    super(`Regionen "${slug}" findes ikke, eller tenanten er ikke en region.`, 'region');
  }
}

export class TenantNotFoundError extends TenancyError {
  readonly code = 'tenant-not-found';
  override readonly status = 404;
  constructor(slug: string) {
    super(`Tenant "${slug}" findes ikke.`, 'slug');
  }
}

export class TenantKindConflictError extends TenancyError {
  readonly code = 'kind-conflict';
  override readonly status = 409;
  constructor(slug: string, existingKind: string) {
    super(`Tenant "${slug}" findes allerede som ${existingKind}; typen kan ikke ændres.`, 'kind');
  }
}

/** Thrown when tenant data is touched outside `tenancy.run`: a programming error, never a user error. */
export class OutsideTenantContextError extends Error {
  constructor() {
    super(
      'Tenant-scoped data accessed outside tenancy.run(): wrap the work in a unit of work for one tenant.',
    );
    this.name = 'OutsideTenantContextError';
  }
}
