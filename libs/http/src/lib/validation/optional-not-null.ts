import { Type } from '@nestjs/common';
import { PartialType } from '@nestjs/swagger';
import { ValidateIf } from 'class-validator';

/**
 * Like `@IsOptional()`, but only for a missing field: an explicit `null` is still validated (and
 * refused), so it never reaches a NOT NULL column as a 500.
 */
export const OptionalNotNull = () => ValidateIf((_object, value) => value !== undefined);

/**
 * An update DTO: `PartialType`, whose default lets `null` past every field's validation. Here only a
 * missing field is skipped; a null is validated, so it clears only fields that allow it
 * (`@IsOptional()`) and is refused, naming the field, for the rest.
 */
export const PartialNotNull = <T>(dto: Type<T>) => PartialType(dto, { skipNullProperties: false });
