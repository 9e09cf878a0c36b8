/**
 * What an id looks like (SPEC §2): lowercase letters, digits and hyphens, not starting with a
 * hyphen. The schema writes the same pattern on every id-keyed map and on `definitions/id`; a
 * test checks that they agree with this one.
 */
export const ID_PATTERN = '^[a-z0-9][a-z0-9-]*$';

const ID = new RegExp(ID_PATTERN);

export function isValidId(text: string): boolean {
  return ID.test(text);
}
