import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, IGrammar, IRawGrammar, parseRawGrammar, Registry } from 'vscode-textmate';

const GRAMMAR_PATH = 'syntaxes/careerplan.tmLanguage.json';
const EXAMPLES_DIR = '../shared/examples';
const ONIG_WASM = 'node_modules/vscode-oniguruma/release/onig.wasm';

interface Token {
  text: string;
  scopes: string[];
}

/**
 * Loads the careerplan grammar alone. VS Code's built-in YAML grammar is not available here, so `source.yaml`
 * is an empty grammar: these tests check that every careerplan scope works without it.
 */
async function loadGrammar(): Promise<IGrammar> {
  await oniguruma.loadWASM(readFileSync(ONIG_WASM));
  const emptyYaml = { scopeName: 'source.yaml', patterns: [], repository: {} } as unknown as IRawGrammar;
  const registry = new Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (sources) => new oniguruma.OnigScanner(sources),
      createOnigString: (text) => new oniguruma.OnigString(text),
    }),
    loadGrammar: async (scopeName) => {
      if (scopeName === 'source.careerplan') return parseRawGrammar(readFileSync(GRAMMAR_PATH, 'utf8'), GRAMMAR_PATH);
      if (scopeName === 'source.yaml') return emptyYaml;
      return null;
    },
  });
  const grammar = await registry.loadGrammar('source.careerplan');
  assert.ok(grammar, 'grammar loads');
  return grammar;
}

function tokenize(grammar: IGrammar, text: string): Token[][] {
  let state = INITIAL;
  return text.split('\n').map((line) => {
    const result = grammar.tokenizeLine(line, state);
    assert.equal(result.stoppedEarly, false, `tokenizing stopped early on ${JSON.stringify(line)}`);
    state = result.ruleStack;
    return result.tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes }));
  });
}

/** The scopes of the token that is exactly `text` on the first line containing `lineText`. */
function scopesOf(lines: Token[][], lineText: string, text: string): string[] {
  const line = lines.find((tokens) => tokens.map((t) => t.text).join('').includes(lineText));
  assert.ok(line, `no line contains ${JSON.stringify(lineText)}`);
  const token = line.find((t) => t.text === text);
  const shown = line.map((t) => `${JSON.stringify(t.text)} ${t.scopes.slice(1).join(' ')}`).join('\n  ');
  assert.ok(token, `no token ${JSON.stringify(text)} on that line; tokens:\n  ${shown}`);
  return token.scopes;
}

function assertScope(lines: Token[][], lineText: string, text: string, scope: string): void {
  const scopes = scopesOf(lines, lineText, text);
  assert.ok(scopes.includes(scope), `${JSON.stringify(text)} in ${JSON.stringify(lineText)} has ${scopes.join(' ')}, not ${scope}`);
}

function assertNoScope(lines: Token[][], lineText: string, text: string, scope: string): void {
  const line = lines.find((tokens) => tokens.map((t) => t.text).join('').includes(lineText));
  assert.ok(line, `no line contains ${JSON.stringify(lineText)}`);
  for (const token of line.filter((t) => t.text.includes(text))) {
    assert.ok(!token.scopes.includes(scope), `${JSON.stringify(token.text)} in ${JSON.stringify(lineText)} should not be ${scope}`);
  }
}

const PLAN = `# careerplan-disable-file stale-contact
careerplan: 1
current:
  role: Software Developer
  since: 2021-03-01
skills:
  writing: { level: 2, kind: digital }
plans:
  tech-writer:
    title: Technical writer
    kind: backup
    needs:
      instructional-design: 3
    experiments:
      tech-blog:
        status: running
        develops: [writing]
actions:
  design-course:
    do: Take an instructional design course
    plan: tech-writer
    goal: staff-engineer
    due: 2026-12-15
    status: blocked
    after: [pick-course, start-blog]
    develops:
      - instructional-design
  # careerplan-disable-next-line overdue, skill-gap
  pick-course:
    do: Pick a course
network:
  sam-lee: { name: Sam Lee, role: supporter, plans: [tech-writer] }
review:
  every: 3m
  advisors: [jane-doe]
rules:
  stale-contact: off
`;

describe('careerplan TextMate grammar', () => {
  let grammar: IGrammar;
  let lines: Token[][];

  before(async () => {
    grammar = await loadGrammar();
    lines = tokenize(grammar, PLAN);
  });

  it('has the scope name source.careerplan and falls back to source.yaml', () => {
    const raw = JSON.parse(readFileSync(GRAMMAR_PATH, 'utf8'));
    assert.equal(raw.scopeName, 'source.careerplan');
    assert.ok(JSON.stringify(raw).includes('"include":"source.yaml"'));
  });

  it('highlights ISO dates', () => {
    assertScope(lines, 'due: 2026-12-15', '2026-12-15', 'constant.numeric.date.careerplan');
    assertScope(lines, 'since: 2021-03-01', '2021-03-01', 'constant.numeric.date.careerplan');
  });

  it('highlights statuses, with a scope per status', () => {
    assertScope(lines, 'status: blocked', 'blocked', 'constant.language.status.careerplan');
    assertScope(lines, 'status: blocked', 'blocked', 'constant.language.status.blocked.careerplan');
    assertScope(lines, 'status: running', 'running', 'constant.language.status.careerplan');
  });

  it('highlights enum values after their keys, and leaves free text alone', () => {
    assertScope(lines, 'kind: backup', 'backup', 'constant.language.enum.kind.careerplan');
    assertScope(lines, 'role: supporter', 'supporter', 'constant.language.status.careerplan');
    assertScope(lines, 'kind: digital', 'digital', 'constant.language.enum.kind.careerplan');
    assertNoScope(lines, 'role: Software Developer', 'Software', 'constant.language.status.careerplan');
    assertScope(lines, 'every: 3m', '3m', 'constant.numeric.duration.careerplan');
  });

  it('highlights top-level section keys', () => {
    for (const section of ['careerplan', 'current', 'skills', 'plans', 'actions', 'network', 'review', 'rules']) {
      assertScope(lines, `${section}:`, section, 'keyword.other.section.careerplan');
    }
  });

  it('highlights entry ids, and only the keys directly under a section', () => {
    const id = 'entity.name.tag.id.careerplan';
    for (const entry of ['design-course', 'pick-course', 'tech-writer', 'sam-lee', 'tech-blog']) assertScope(lines, `${entry}:`, entry, id);
    assertScope(lines, 'writing: {', 'writing', id);
    assertNoScope(lines, 'do: Take', 'do', id);
    assertNoScope(lines, 'experiments:', 'experiments', id);
  });

  it('finds entry ids whatever the indentation', () => {
    const fourSpaces = tokenize(grammar, 'actions:\n    first:\n        due: 2026-01-01\n    second:\n        do: x\n');
    assertScope(fourSpaces, 'first:', 'first', 'entity.name.tag.id.careerplan');
    assertScope(fourSpaces, 'second:', 'second', 'entity.name.tag.id.careerplan');
    assertNoScope(fourSpaces, 'do: x', 'do', 'entity.name.tag.id.careerplan');
  });

  it('highlights references', () => {
    const reference = 'variable.other.reference.careerplan';
    assertScope(lines, 'plan: tech-writer', 'tech-writer', reference);
    assertScope(lines, 'goal: staff-engineer', 'staff-engineer', reference);
    assertScope(lines, 'after: [pick-course, start-blog]', 'pick-course', reference);
    assertScope(lines, 'after: [pick-course, start-blog]', 'start-blog', reference);
    assertScope(lines, 'develops: [writing]', 'writing', reference);
    assertScope(lines, '- instructional-design', 'instructional-design', reference);
    assertScope(lines, 'plans: [tech-writer]', 'tech-writer', reference);
    assertScope(lines, 'advisors: [jane-doe]', 'jane-doe', reference);
    assertScope(lines, 'instructional-design: 3', 'instructional-design', reference);
  });

  it('highlights suppression comments and their rule codes', () => {
    const line = '# careerplan-disable-next-line overdue, skill-gap';
    assertScope(lines, line, 'careerplan-disable-next-line', 'keyword.control.suppression.careerplan');
    assertScope(lines, line, 'overdue', 'constant.other.rule-code.careerplan');
    assertScope(lines, line, 'skill-gap', 'constant.other.rule-code.careerplan');
    assertScope(lines, line, 'skill-gap', 'comment.line.number-sign.yaml');
    assertScope(lines, '# careerplan-disable-file stale-contact', 'careerplan-disable-file', 'keyword.control.suppression.careerplan');
    assertScope(lines, '# careerplan-disable-file stale-contact', 'stale-contact', 'constant.other.rule-code.careerplan');
  });

  it('highlights rule codes and severities under rules:', () => {
    assertScope(lines, 'stale-contact: off', 'stale-contact', 'constant.other.rule-code.careerplan');
    assertScope(lines, 'stale-contact: off', 'off', 'constant.language.severity.careerplan');
  });

  it('tokenizes every example plan', function () {
    if (!existsSync(EXAMPLES_DIR)) this.skip();
    const files = readdirSync(EXAMPLES_DIR).filter((f) => /\.careerplan\.ya?ml$/.test(f));
    assert.ok(files.length > 0);
    for (const file of files) {
      const tokens = tokenize(grammar, readFileSync(join(EXAMPLES_DIR, file), 'utf8'));
      assertScope(tokens, 'careerplan: 1', 'careerplan', 'keyword.other.section.careerplan');
      assert.ok(tokens.flat().some((t) => t.scopes.includes('entity.name.tag.id.careerplan')), `${file} has entry ids`);
    }
  });
});

describe('careerplan language configuration', () => {
  const config = JSON.parse(readFileSync('language-configuration.json', 'utf8'));

  it('keeps kebab-case ids, dates and Chinese words as one word', () => {
    const words = (text: string) => text.match(new RegExp(config.wordPattern, 'g'));
    assert.deepEqual(words('after: [pick-course, start-blog]'), ['after', 'pick-course', 'start-blog']);
    assert.deepEqual(words('due: 2026-12-15'), ['due', '2026-12-15']);
    assert.deepEqual(words('do: 报名培训课程，先试水'), ['do', '报名培训课程', '先试水']);
    assert.deepEqual(words('- writing'), ['writing']);
  });

  it('indents after a key that opens a block', () => {
    const ruleFor = (before: string) =>
      config.onEnterRules.find((r: { beforeText: string }) => new RegExp(r.beforeText).test(before))?.action;
    assert.deepEqual(ruleFor('actions:'), { indent: 'indent' });
    assert.deepEqual(ruleFor('  design-course:  # comment'), { indent: 'indent' });
    assert.equal(ruleFor('  do: Take a course'), undefined);
    assert.equal(ruleFor('  # note:'), undefined);
    assert.deepEqual(ruleFor('    - writing'), { indent: 'none', appendText: '- ' });
    assert.deepEqual(ruleFor('    - date: 2026-09-15'), { indent: 'none', appendText: '  ' });
    assert.equal(config.folding.offSide, true);
    assert.equal(config.comments.lineComment, '#');
  });
});
