// Precompiles the schema validators of the analysis (server/src/core/schema/validate.ts) into
// standalone ajv code, so the command line and the language server do not spend ~100 ms
// compiling schemas/careerplan.schema.json each time they start. scripts/build.mjs bundles the
// code as the module 'virtual:schema-validators'; nothing generated is written to disk.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

const require = createRequire(import.meta.url);
const { default: Ajv, _ } = require('ajv');
const addFormats = require('ajv-formats');
const standaloneCode = require('ajv/dist/standalone').default;

export const MODULE_NAME = 'virtual:schema-validators';
const SCHEMA_FILE = 'schemas/careerplan.schema.json';
/** Keys whose values are data, not subschemas. */
const DATA_KEYS = new Set(['examples', 'enum', 'const', 'default']);

/** Every subschema object with its JSON pointer. */
function indexPointers(node, pointer, out) {
  if (node === null || typeof node !== 'object') return out;
  if (!out.has(node)) out.set(node, pointer);
  for (const [key, child] of Object.entries(node)) {
    if (!DATA_KEYS.has(key)) indexPointers(child, `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`, out);
  }
  return out;
}

/**
 * The subschemas validate.ts validates with: the whole schema (''), the id-keyed sections it
 * validates entry by entry, and the branches of every `anyOf`/`oneOf` it settles on its own.
 */
function wantedPointers(schema, pointers) {
  const wanted = new Set(['']);
  for (const [key, section] of Object.entries(schema.properties ?? {})) {
    // A map of ids: its keys are matched by patterns only (other sections name theirs).
    if (section && typeof section === 'object' && section.patternProperties && !section.properties) wanted.add(`/properties/${key}`);
  }
  for (const [node] of pointers) {
    for (const keyword of ['anyOf', 'oneOf']) {
      if (!Array.isArray(node[keyword])) continue;
      for (const branch of node[keyword]) {
        if (!branch || typeof branch !== 'object') continue;
        const ref = typeof branch.$ref === 'string' && branch.$ref.startsWith('#') ? branch.$ref.slice(1) : undefined;
        wanted.add(ref ?? pointers.get(branch));
      }
    }
  }
  return [...wanted];
}

/**
 * CommonJS code exporting one validator per JSON pointer. The options are validate.ts's (its
 * errors, `verbose` fields included, must not change), and the schema objects in the errors are
 * the objects of the bundled schema JSON, as with ajv at run time, not copies of them.
 */
export function schemaValidatorsCode(schemaText) {
  const schema = JSON.parse(schemaText);
  const ajv = new Ajv({ code: { source: true, esm: false }, allErrors: true, strict: false, verbose: true });
  addFormats(ajv, ['date']);
  ajv.addSchema(schema);
  const pointers = indexPointers(schema, '', new Map());
  const exports = Object.fromEntries(wantedPointers(schema, pointers).map((p) => [p, p ? `${schema.$id}#${p}` : schema.$id]));
  // Compile first: that creates the schema constants, which are then pointed into the JSON.
  for (const id of Object.values(exports)) if (!ajv.getSchema(id)) throw new Error(`${SCHEMA_FILE}: no subschema ${id}`);
  const unplaced = [];
  for (const name of ajv.scope._values.schema?.values() ?? []) {
    const pointer = pointers.get(name.value.ref);
    if (pointer === undefined) unplaced.push(String(name));
    else name.value.code = _`schemaAt(${pointer})`;
  }
  const code = standaloneCode(ajv, exports);
  const prologue = '"use strict";';
  if (!code.startsWith(prologue)) throw new Error('ajv standalone code no longer starts with "use strict"');
  const copied = unplaced.filter((name) => new RegExp(`\\b${name}\\b`).test(code));
  if (copied.length) throw new Error(`ajv standalone code uses schema objects that are not in ${SCHEMA_FILE}: ${copied.join(', ')}`);
  return `${prologue}
const schemaJson = require(${JSON.stringify(`./${SCHEMA_FILE}`)});
function schemaAt(pointer) {
  let node = schemaJson;
  for (const segment of pointer.split('/').slice(1)) node = node[segment.replace(/~1/g, '/').replace(/~0/g, '~')];
  return node;
}
${code.slice(prologue.length)}`;
}

/** The esbuild plugin that provides MODULE_NAME, generated once per schema text. */
export function schemaValidatorsPlugin(root = process.cwd()) {
  const schemaFile = resolve(root, SCHEMA_FILE);
  let cached = { text: null, code: null };
  return {
    name: 'schema-validators',
    setup(build) {
      build.onResolve({ filter: /^virtual:schema-validators$/ }, (args) => ({ path: args.path, namespace: 'schema-validators' }));
      build.onLoad({ filter: /.*/, namespace: 'schema-validators' }, () => {
        const text = readFileSync(schemaFile, 'utf8');
        if (cached.text !== text) cached = { text, code: schemaValidatorsCode(text) };
        return { contents: cached.code, loader: 'js', resolveDir: root, watchFiles: [schemaFile] };
      });
    },
  };
}
