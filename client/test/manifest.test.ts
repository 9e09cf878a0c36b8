import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { RULE_CODES } from '../../server/src/core/codes';
import { ClientCommands } from '../../server/src/lsp/protocol';

/**
 * The manifest, its translations and the packaged file list, checked without VS Code: what a
 * user sees in the palette, the menus and the settings editor must be declared consistently
 * and exist in English and Simplified Chinese.
 */

const read = (path: string) => JSON.parse(readFileSync(path, 'utf8'));
const pkg = read('package.json');
const nls: Record<string, string> = read('package.nls.json');
const nlsZh: Record<string, string> = read('package.nls.zh-cn.json');
const bundleZh: Record<string, string> = read('l10n/bundle.l10n.zh-cn.json');
const contributes = pkg.contributes;

/**
 * Commands declared in the manifest whose implementation belongs to the review/history issue.
 * When one lands in the command table, remove it from here (the last test insists).
 */
const IMPLEMENTED_ELSEWHERE = new Set<string>([]);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? sourceFiles(full) : full.endsWith('.ts') ? [full] : [];
  });
}

/** Ids in `createCommands()` of client/src/commands/index.ts (read as text: the module needs VS Code). */
function commandTable(): Map<string, string> {
  const text = readFileSync('client/src/commands/index.ts', 'utf8');
  const body = text.slice(text.indexOf('export function createCommands'));
  const table = new Map<string, string>();
  for (const m of body.matchAll(/'(careerplan\.[\w.]+)':\s*(\w+)/g)) table.set(m[1], m[2]);
  // The commands the server names are registered by their ids in the protocol module.
  for (const m of body.matchAll(/\[ClientCommands\.(\w+)\]:\s*(\w+)/g)) table.set(ClientCommands[m[1] as keyof typeof ClientCommands], m[2]);
  return table;
}

/** Every `%key%` string anywhere in a JSON value. */
function nlsKeys(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') {
    const m = /^%(.+)%$/.exec(value);
    if (m) out.push(m[1]);
  } else if (Array.isArray(value)) value.forEach((v) => nlsKeys(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => nlsKeys(v, out));
  return out;
}

/** The first argument of every `l10n.t('…')` in the client sources. */
function l10nStrings(): Array<{ file: string; text: string }> {
  const found: Array<{ file: string; text: string }> = [];
  for (const file of sourceFiles('client/src')) {
    const source = readFileSync(file, 'utf8');
    for (const m of source.matchAll(/l10n\.t\(\s*(['"`])((?:\\.|(?!\1)[^\\])*)\1/g)) {
      assert.notEqual(m[1], '`', `${file}: l10n.t takes a plain string literal, not a template: ${m[2]}`);
      found.push({ file, text: m[2].replace(/\\(['"\\])/g, '$1') });
    }
    // A call whose first argument is not a literal cannot be translated.
    for (const m of source.matchAll(/l10n\.t\(\s*([^'"`\s])/g)) assert.fail(`${file}: l10n.t( must start with a string literal, found "${m[1]}…"`);
  }
  return found;
}

const placeholders = (text: string) => [...text.matchAll(/\{(\d+)\}/g)].map((m) => m[1]).sort().join(',');

describe('extension manifest', () => {
  it('points at the bundled client, the localisation folder and files that exist', () => {
    assert.equal(pkg.main, './dist/client.js');
    assert.equal(pkg.l10n, './l10n');
    assert.equal(pkg.icon, 'images/icon.png');
    for (const path of [pkg.icon, contributes.languages[0].configuration, contributes.grammars[0].path, contributes.viewsContainers.activitybar[0].icon, contributes.yamlValidation[0].url]) {
      assert.ok(statSync(path.replace(/^\.\//, '')).isFile(), `${path} exists`);
    }
  });

  it('declares the careerplan language for *.careerplan.yaml and *.careerplan.yml', () => {
    const [language] = contributes.languages;
    assert.equal(language.id, 'careerplan');
    assert.deepEqual(language.filenamePatterns, ['*.careerplan.yaml', '*.careerplan.yml']);
    assert.deepEqual(contributes.grammars[0], { language: 'careerplan', scopeName: 'source.careerplan', path: './syntaxes/careerplan.tmLanguage.json' });
    assert.ok(contributes.yamlValidation.some((v: { fileMatch: string }) => v.fileMatch === '*.careerplan.yaml'));
  });

  it('activates only on the language (views and commands are inferred by VS Code)', () => {
    assert.deepEqual(pkg.activationEvents, ['onLanguage:careerplan']);
  });

  it('declares honestly what works in untrusted and virtual workspaces', () => {
    const { untrustedWorkspaces, virtualWorkspaces } = pkg.capabilities;
    assert.equal(untrustedWorkspaces.supported, 'limited');
    assert.ok(nls[untrustedWorkspaces.description.slice(1, -1)].includes('git'));
    assert.ok(Array.isArray(untrustedWorkspaces.restrictedConfigurations));
    assert.equal(virtualWorkspaces.supported, false);
  });

  it('has the five views in the careerplan activity-bar container, with welcome content', () => {
    assert.deepEqual(contributes.views.careerplan.map((v: { id: string }) => v.id), ['careerplan.nextActions', 'careerplan.plans', 'careerplan.skillGaps', 'careerplan.network', 'careerplan.history']);
    const welcome = contributes.viewsWelcome as Array<{ view: string; contents: string; when?: string }>;
    for (const view of ['careerplan.nextActions', 'careerplan.plans', 'careerplan.skillGaps', 'careerplan.network']) {
      const entry = welcome.find((w) => w.view === view && w.when === 'careerplan.workspace == empty');
      assert.ok(entry, `${view} invites to create a plan`);
      assert.ok(nls[entry.contents.slice(1, -1)].includes('(command:careerplan.newPlan)'));
    }
    assert.ok(welcome.some((w) => w.view === 'careerplan.history'), 'the history view explains itself');
  });

  it('puts every command in the category "Career Plan", with a title and icon in both languages', () => {
    for (const command of contributes.commands) {
      assert.equal(command.category, '%command.category%', command.command);
      const key = /^%(.+)%$/.exec(command.title)?.[1];
      assert.ok(key, `${command.command}: the title is a %key%`);
      assert.ok(nls[key], `${command.command}: English title`);
      assert.ok(nlsZh[key] && nlsZh[key] !== nls[key], `${command.command}: Chinese title`);
      assert.match(command.icon, /^\$\([a-z-]+\)$/, `${command.command}: icon`);
    }
    assert.equal(nls['command.category'], 'Career Plan');
  });

  it('implements every declared command in the command table, one file per command', () => {
    const table = commandTable();
    for (const { command } of contributes.commands) {
      if (IMPLEMENTED_ELSEWHERE.has(command)) continue;
      assert.ok(table.has(command), `${command} is in createCommands()`);
    }
    const index = readFileSync('client/src/commands/index.ts', 'utf8');
    for (const [id, factory] of table) {
      const file = new RegExp(`import \\{ ${factory} \\} from '\\./(\\w+)'`).exec(index)?.[1];
      assert.ok(file, `${id}: ${factory} is imported from its own file`);
      assert.ok(statSync(`client/src/commands/${file}.ts`).isFile());
    }
  });

  it('resolves every %key% in both nls files, which have the same keys', () => {
    for (const key of nlsKeys(pkg)) {
      assert.ok(key in nls, `package.nls.json has ${key}`);
      assert.ok(key in nlsZh, `package.nls.zh-cn.json has ${key}`);
    }
    assert.deepEqual(Object.keys(nlsZh).sort(), Object.keys(nls).sort());
    const used = new Set(nlsKeys(pkg));
    for (const key of Object.keys(nls)) assert.ok(used.has(key), `package.nls.json: ${key} is used`);
  });

  it('describes every setting, with a scope and a default', () => {
    const properties = contributes.configuration.properties as Record<string, Record<string, unknown>>;
    for (const name of ['careerplan.rules', 'careerplan.today', 'careerplan.trace.server', 'careerplan.reviewPrompt.enabled', 'careerplan.codeLens.enabled']) {
      assert.ok(properties[name], `${name} is declared`);
    }
    for (const [name, setting] of Object.entries(properties)) {
      assert.match(String(setting.description ?? setting.markdownDescription), /^%.+%$/, `${name}: description`);
      assert.ok(['application', 'machine', 'window', 'resource', 'language-overridable', 'machine-overridable'].includes(String(setting.scope)), `${name}: scope`);
      assert.ok('default' in setting, `${name}: default`);
    }
    assert.deepEqual(properties['careerplan.trace.server'].enum, ['off', 'messages', 'verbose']);
    assert.ok(new RegExp(String(properties['careerplan.today'].pattern)).test('2026-11-24'));
    assert.ok(!new RegExp(String(properties['careerplan.today'].pattern)).test('24.11.2026'));
  });

  it('offers every rule code, and only those, in careerplan.rules', () => {
    const rules = contributes.configuration.properties['careerplan.rules'];
    assert.deepEqual(Object.keys(rules.properties).sort(), [...RULE_CODES].sort());
    for (const code of RULE_CODES) assert.deepEqual(rules.properties[code].enum, ['error', 'warning', 'info', 'hint', 'off']);
    assert.equal(rules.additionalProperties, false);
  });

  it('gates every menu entry with a when clause, and names only declared commands', () => {
    const declared = new Set(contributes.commands.map((c: { command: string }) => c.command));
    for (const [menu, entries] of Object.entries(contributes.menus as Record<string, Array<{ command: string; when?: string }>>)) {
      for (const entry of entries) {
        assert.ok(entry.when, `${menu}: ${entry.command} has a when clause`);
        assert.ok(declared.has(entry.command), `${menu}: ${entry.command} is declared`);
        // Editor menus show in plans, or in the extension's own panels (the report's "Save as HTML").
        if (menu.startsWith('editor/')) assert.match(entry.when, /editorLangId == careerplan|activeWebviewPanelId == 'careerplan\.report'/, `${menu}: ${entry.command} only in plans`);
      }
    }
  });

  it('matches item menus with the contextValue of tree items', () => {
    const sources = sourceFiles('client/src/views').map((f) => readFileSync(f, 'utf8')).join('\n');
    for (const entry of contributes.menus['view/item/context'] as Array<{ when: string }>) {
      for (const m of entry.when.matchAll(/viewItem == ([\w.]+)/g)) assert.ok(sources.includes(`'${m[1]}'`), `a tree item has contextValue ${m[1]}`);
    }
  });

  it('hides commands that need a view item from the palette', () => {
    const palette = new Map((contributes.menus.commandPalette as Array<{ command: string; when: string }>).map((e) => [e.command, e.when]));
    assert.equal(palette.get('careerplan.refreshViews'), 'false');
    assert.equal(palette.get('careerplan.openPlan'), 'false');
    assert.match(palette.get('careerplan.showHistory') ?? '', /isWorkspaceTrusted/);
  });
});

describe('client texts', () => {
  it('translates every l10n.t string of the client to Simplified Chinese', () => {
    const strings = l10nStrings();
    assert.ok(strings.length > 30, 'the client has its texts in l10n.t');
    for (const { file, text } of strings) {
      assert.ok(text in bundleZh, `${file}: "${text}" is in l10n/bundle.l10n.zh-cn.json`);
      assert.equal(placeholders(bundleZh[text]), placeholders(text), `"${text}": same placeholders in Chinese`);
    }
    const used = new Set(strings.map((s) => s.text));
    for (const key of Object.keys(bundleZh)) assert.ok(used.has(key), `l10n/bundle.l10n.zh-cn.json: "${key}" is used`);
  });

  it('never shows a user a message without l10n', () => {
    for (const file of sourceFiles('client/src')) {
      const source = readFileSync(file, 'utf8');
      for (const m of source.matchAll(/show(?:Information|Warning|Error)Message\(\s*(['"`])/g)) assert.fail(`${file}: a message literal outside l10n.t (${m[0]})`);
    }
  });
});

describe('packaged extension', function () {
  this.timeout(60_000);

  it('contains the bundles and resources, and no sources, tests, maps or node_modules', () => {
    const vsce = require.resolve('@vscode/vsce/vsce');
    const files = execFileSync(process.execPath, [vsce, 'ls', '--no-dependencies'], { encoding: 'utf8' }).split('\n').map((l) => l.trim()).filter(Boolean);
    for (const required of ['package.json', 'dist/client.js', 'dist/server.js', 'dist/careerplan.js', 'package.nls.json', 'package.nls.zh-cn.json', 'l10n/bundle.l10n.zh-cn.json', 'syntaxes/careerplan.tmLanguage.json', 'schemas/careerplan.schema.json', 'language-configuration.json', 'images/icon.png', 'images/activitybar.svg', 'LICENSE']) {
      assert.ok(files.includes(required), `the vsix contains ${required}`);
    }
    for (const file of files) {
      assert.doesNotMatch(file, /(^|\/)node_modules\/|\.ts$|\.map$|^(client|server|scripts|out|test|docs|tmp)\//, `the vsix must not contain ${file}`);
    }
  });

  it('leaves no command of the review issue both pending and implemented', () => {
    const table = commandTable();
    for (const id of IMPLEMENTED_ELSEWHERE) assert.ok(!table.has(id), `${id} is in the command table now: remove it from IMPLEMENTED_ELSEWHERE`);
  });
});

describe('Chinese analysis messages', () => {
  /** A sample argument: numbers, structured places and expected values (messages/terms.ts), else a marked string. */
  const sample = (key: string): unknown => {
    if (/count|days|level|need|have|done|total|index/.test(key)) return 2;
    // A place in the plan that also reads as a plain key, for the messages whose `key` is a key name.
    if (key === 'where' || key === 'key') return { at: 'field', path: `‹${key}›`, toString: () => `‹${key}›` };
    if (key === 'expected') return [{ is: 'text' }];
    if (key === 'examples') return ['‹example›'];
    if (key === 'found') return 'list';
    return `‹${key}›`;
  };

  it('has every message id of the English catalogue, and formats with the same arguments', async () => {
    const { en } = await import('../../server/src/core/messages/en');
    const { zh } = await import('../../server/src/core/messages/zh');
    assert.deepEqual(Object.keys(zh).sort(), Object.keys(en).sort());
    for (const id of Object.keys(en) as Array<keyof typeof en>) {
      const read = (catalogue: Record<string, (a: never) => string>) => {
        const touched = new Set<string>();
        const args = new Proxy({}, { get: (_t, key: string) => (touched.add(key), sample(key)) });
        const text = catalogue[id](args as never);
        return { text, touched };
      };
      let english: ReturnType<typeof read>;
      try {
        english = read(en as unknown as Record<string, (a: never) => string>);
      } catch {
        // Structured arguments (places, expected types) are put into words by each catalogue;
        // the test that analyses every fixture in Chinese covers those messages.
        continue;
      }
      const chinese = read(zh as unknown as Record<string, (a: never) => string>);
      assert.ok(chinese.text.trim().length > 0, `${id}: Chinese text`);
      // Texts made of arguments only (`${key}: ${detail}.`) have nothing to translate.
      if (/[A-Za-z]{2}/.test(english.text.replace(/‹\w+›/g, ''))) assert.match(chinese.text, /[\u4e00-\u9fff]/, `${id}: the Chinese text is Chinese`);
      for (const key of english.touched) assert.ok(chinese.touched.has(key), `${id}: the Chinese text uses ${key}`);
    }
  });

  it('is what the analysis uses for zh-cn', async () => {
    const { createMessageFormatter } = await import('../../server/src/core/messages/catalog');
    assert.match(createMessageFormatter('zh-cn')('no-backup', {}), /备选方案/);
    assert.match(createMessageFormatter('en')('no-backup', {}), /backup plan/);
  });
});
