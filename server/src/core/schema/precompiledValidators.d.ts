/**
 * Standalone ajv validators of schemas/careerplan.schema.json, by JSON pointer ('' is the whole
 * schema), generated at build time by scripts/schemaValidators.mjs (bundled by scripts/build.mjs).
 */
declare module 'virtual:schema-validators' {
  import type { ErrorObject } from 'ajv';

  const validators: Readonly<Record<string, ((data: unknown) => boolean) & { errors?: ErrorObject[] | null }>>;
  export = validators;
}
