import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { FieldErrorDto } from '../problems/problem-details.dto';
import { invalidFields, unknownFieldMessage } from './validation-pipe';

/** Far deeper than any DTO (an offer's locations are three levels down), far below a stack overflow. */
const MAX_INPUT_DEPTH = 32;

/** Keys that reach an object's prototype when code copies input into an object. */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor']);

/** Half of a UTF-16 surrogate pair with no other half: no text, and validator.js throws on it. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function textProblem(field: string, text: string): string | undefined {
  // PostgreSQL cannot store NUL in text: refused here, it is named instead of failing the query.
  if (text.includes('\u0000')) return `${field} må ikke indeholde NUL-tegnet (\\u0000).`;
  if (LONE_SURROGATE.test(text)) return `${field} indeholder et ugyldigt tegn (en halv UTF-16-surrogat).`;
  return undefined;
}

interface Visit {
  value: unknown;
  field: string;
  depth: number;
  /** The outermost field the value sits in: what a too deep nesting is reported as. */
  topField: string;
}

const childField = (parent: string, key: string) => (parent ? `${parent}.${key}` : key);

/**
 * The first thing in a request's body, query or parameter that no field may hold: a prototype
 * key, a NUL, a lone surrogate (in a value or a key), or nesting deeper than MAX_INPUT_DEPTH.
 * A loop, not recursion, so that the depth it guards against cannot overflow it either.
 */
export function findHostileInput(input: unknown, field = ''): FieldErrorDto | undefined {
  const queue: Visit[] = [{ value: input, field, depth: 0, topField: field }];
  for (let next = 0; next < queue.length; next++) {
    const { value, field, depth, topField } = queue[next];
    if (typeof value === 'string') {
      const message = textProblem(field, value);
      if (message) return { field, message };
      continue;
    }
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= MAX_INPUT_DEPTH) {
      return {
        field: topField,
        message: `${topField || 'Forespørgslen'} er indlejret i for mange niveauer (højst ${MAX_INPUT_DEPTH}).`,
      };
    }
    for (const [key, child] of Object.entries(value)) {
      const keyField = childField(field, key);
      if (PROTOTYPE_KEYS.has(key)) return { field: keyField, message: unknownFieldMessage(keyField) };
      const keyMessage = textProblem(keyField, key);
      if (keyMessage) return { field: keyField, message: keyMessage };
      queue.push({ value: child, field: keyField, depth: depth + 1, topField: topField || key });
    }
  }
  return undefined;
}

/**
 * Runs before validation on every body, query and route parameter, so that what would crash
 * class-transformer or validator.js, or reach the database as a 500, is a 400 naming the field.
 * Values of custom decorators (the tenant, the actor) come from the server and are not looked at.
 */
@Injectable()
export class RefuseHostileInputPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type === 'custom') return value;
    const problem = findHostileInput(value, metadata.data ?? '');
    if (problem) throw invalidFields([problem]);
    return value;
  }
}
