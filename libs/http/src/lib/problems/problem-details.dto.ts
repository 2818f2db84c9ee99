import { applyDecorators } from '@nestjs/common';
import {
  ApiExtraModels,
  ApiProperty,
  ApiPropertyOptional,
  ApiResponse,
  ApiSchema,
  getSchemaPath,
} from '@nestjs/swagger';

/** A field the API refused, with a message a person can act on. */
export class FieldErrorDto {
  @ApiProperty({ example: 'size', description: 'The field, dotted for nested ones: `schedules.0.closesAt`' })
  field!: string;

  @ApiProperty({ example: 'size må højst være 100.' })
  message!: string;
}

/** Every error answer of the API, as `application/problem+json`. */
@ApiSchema({
  description:
    'RFC 9457 problem details. Some problems add members: a 409 of a stale version carries the `current` one.',
})
export class ProblemDetailsDto {
  @ApiProperty({ example: 'about:blank' })
  type!: string;

  @ApiProperty({ example: 'Ugyldige oplysninger' })
  title!: string;

  @ApiProperty({ type: 'integer', example: 400 })
  status!: number;

  @ApiPropertyOptional({ example: 'size må højst være 100.' })
  detail?: string;

  @ApiProperty({ example: '/api/v1/offers?size=1000', description: 'The address that was asked for' })
  instance!: string;

  @ApiPropertyOptional({ type: [FieldErrorDto], description: 'The fields at fault, when input was refused' })
  errors?: FieldErrorDto[];
}

const PROBLEM_DESCRIPTIONS = {
  400: 'Invalid input; `errors` names the fields at fault.',
  403: 'Forbidden: not yours to see or change.',
  404: 'Not found.',
  409: 'Conflict: changed by someone else since it was read, or not possible in its current state.',
  503: 'Temporarily unavailable; try again.',
};

/** Documents the error answers a handler can give, each as problem details. */
export function ApiProblemResponses(...statuses: (keyof typeof PROBLEM_DESCRIPTIONS)[]) {
  return applyDecorators(
    ApiExtraModels(ProblemDetailsDto),
    ...statuses.map((status) =>
      ApiResponse({
        status,
        description: PROBLEM_DESCRIPTIONS[status],
        content: { 'application/problem+json': { schema: { $ref: getSchemaPath(ProblemDetailsDto) } } },
      }),
    ),
  );
}
