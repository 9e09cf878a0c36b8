import schemaJson from '../../../../schemas/careerplan.schema.json';
import { ID_PATTERN } from '../ids/idPattern';

/** The parts of a draft-07 schema node that documentation and completion read. */
export interface JsonSchema {
  $ref?: string;
  title?: string;
  description?: string;
  examples?: unknown[];
  default?: unknown;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  pattern?: string;
  format?: string;
  required?: string[];
  properties?: Record<string, JsonSchema>;
  patternProperties?: Record<string, JsonSchema>;
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  definitions?: Record<string, JsonSchema>;
}

/** What a value at a path looks like, so completion can insert `key: `, `key:\n  ` or `key: []`. */
export type ValueShape = 'map' | 'idMap' | 'list' | 'scalar' | 'any';

/** The documentation of one schema node: what hover shows and completion attaches to items. */
export interface SchemaDoc {
  title?: string;
  description?: string;
  examples: unknown[];
  enum?: string[];
  defaultValue?: unknown;
  shape: ValueShape;
  /** `date` for ISO dates (completion offers today), `integer`, `number`, `string`, … */
  valueType?: string;
}

export interface KeyInfo extends SchemaDoc {
  name: string;
  required: boolean;
}

/** A path segment: a map key, `*` for "any id of an id-keyed map", or a list index. */
export type SchemaPathSegment = string | number;

const EXTENSION_PATTERN = '^x-';

/**
 * Walks the career plan schema by document path: which keys are allowed under a map, their
 * titles, descriptions and examples, and the allowed values of a key. Hover and completion both
 * read the schema through this class, so they always agree with the validator's schema file.
 *
 * `$ref` nodes with sibling `title`/`description` (draft-07 ignores siblings for validation)
 * keep the sibling documentation: the property's own words win over the shared definition's.
 */
export class SchemaInfo {
  constructor(private readonly root: JsonSchema = schemaJson as JsonSchema) {}

  /** The schema node that describes the value at `path`, or undefined when the path is not in the format. */
  resolve(path: readonly SchemaPathSegment[]): JsonSchema | undefined {
    let node: JsonSchema | undefined = this.deref(this.root);
    for (const segment of path) {
      if (!node) return undefined;
      node = this.child(node, segment);
    }
    return node;
  }

  /** Documentation of the value at `path` (for hover on a key, pass the path including that key). */
  describe(path: readonly SchemaPathSegment[]): SchemaDoc | undefined {
    const node = this.resolve(path);
    return node ? this.doc(node) : undefined;
  }

  /** The keys a map at `path` may hold, in schema order, or [] for an id-keyed map or a non-map. */
  keysAt(path: readonly SchemaPathSegment[]): KeyInfo[] {
    const node = this.objectBranch(this.resolve(path));
    if (!node?.properties) return [];
    const required = new Set(node.required ?? []);
    return Object.entries(node.properties).map(([name, property]) => ({
      name,
      required: required.has(name),
      ...this.doc(this.merge(property)),
    }));
  }

  /** True when the map at `path` is keyed by ids (`actions`, `skills`, a plan's `needs`, …). */
  isIdMap(path: readonly SchemaPathSegment[]): boolean {
    const node = this.objectBranch(this.resolve(path));
    return Boolean(node?.patternProperties?.[ID_PATTERN]);
  }

  /** The allowed values of the scalar at `path` (an enum, or a const). */
  allowedValues(path: readonly SchemaPathSegment[]): string[] | undefined {
    return this.describe(path)?.enum;
  }

  private child(node: JsonSchema, segment: SchemaPathSegment): JsonSchema | undefined {
    if (typeof segment === 'number') {
      const list = this.listBranch(node);
      return list?.items ? this.merge(list.items) : undefined;
    }
    const map = this.objectBranch(node);
    if (!map) return undefined;
    const property = map.properties?.[segment];
    if (property) return this.merge(property);
    for (const [pattern, schema] of Object.entries(map.patternProperties ?? {})) {
      if (pattern === EXTENSION_PATTERN) continue;
      if (segment === '*' || new RegExp(pattern).test(segment)) return this.merge(schema);
    }
    if (typeof map.additionalProperties === 'object') return this.merge(map.additionalProperties);
    return undefined;
  }

  /** A node with its `$ref` followed, keeping the node's own documentation on top. */
  private merge(node: JsonSchema): JsonSchema {
    if (!node.$ref) return node;
    const target = this.deref(node);
    const { $ref: _ref, ...own } = node;
    return { ...target, ...own };
  }

  private deref(node: JsonSchema): JsonSchema {
    let current = node;
    for (let depth = 0; current.$ref && depth < 16; depth++) {
      const name = /^#\/definitions\/(.+)$/.exec(current.$ref)?.[1];
      const target = name ? this.root.definitions?.[name] : undefined;
      if (!target) break;
      const { $ref: _ref, ...own } = current;
      current = { ...target, ...own };
    }
    return current;
  }

  /** For `anyOf` nodes (a skill is a level or an object), the branch that is a map. */
  private objectBranch(node: JsonSchema | undefined): JsonSchema | undefined {
    if (!node) return undefined;
    if (isType(node, 'object') || node.properties || node.patternProperties) return node;
    for (const branch of node.anyOf ?? node.oneOf ?? []) {
      const resolved = this.objectBranch(this.merge(branch));
      if (resolved) return resolved;
    }
    return undefined;
  }

  private listBranch(node: JsonSchema): JsonSchema | undefined {
    if (isType(node, 'array') || node.items) return node;
    for (const branch of node.anyOf ?? node.oneOf ?? []) {
      const resolved = this.listBranch(this.merge(branch));
      if (resolved) return resolved;
    }
    return undefined;
  }

  private doc(node: JsonSchema): SchemaDoc {
    const values = node.enum ?? (node.const !== undefined ? [node.const] : undefined);
    return {
      title: node.title,
      description: node.description,
      examples: node.examples ?? [],
      enum: values?.map(String),
      defaultValue: node.default,
      shape: this.shape(node),
      valueType: node.format === 'date' ? 'date' : typeof node.type === 'string' ? node.type : undefined,
    };
  }

  private shape(node: JsonSchema): ValueShape {
    if (node.anyOf || node.oneOf) {
      const shapes = new Set((node.anyOf ?? node.oneOf ?? []).map((b) => this.shape(this.merge(b))));
      return shapes.size === 1 ? [...shapes][0] : 'any';
    }
    if (isType(node, 'array')) return 'list';
    if (isType(node, 'object')) return node.patternProperties?.[ID_PATTERN] ? 'idMap' : 'map';
    if (node.type === undefined && !node.enum && node.const === undefined) return 'any';
    return 'scalar';
  }
}

function isType(node: JsonSchema, type: string): boolean {
  return node.type === type || (Array.isArray(node.type) && node.type.includes(type));
}
