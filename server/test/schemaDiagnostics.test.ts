import { strict as assert } from 'node:assert';
import { PlanAnalyzer } from '../src/core/analyze';

const analyzer = new PlanAnalyzer();
const H = 'careerplan: 1\n';

interface Row {
  name: string;
  text: string;
  /** The one schema finding the text must give: a piece of its message and the exact text it underlines. */
  message: string | RegExp;
  range: string;
  /** Text just before the range, when the range's own text occurs earlier too. */
  after?: string;
  data?: Record<string, unknown>;
}

const ROWS: Row[] = [
  // unknown keys: on the key, with a did-you-mean when a known key is close
  { name: 'unknown key in an action', text: `${H}actions:\n  a:\n    do: x\n    staus: todo\n`, message: 'Unknown key "staus" in action "a": did you mean "status"?', range: 'staus', data: { key: 'staus', suggestion: 'status' } },
  { name: 'unknown top-level key', text: `${H}ownr: Ada\n`, message: 'did you mean "owner"?', range: 'ownr' },
  { name: 'misspelt section', text: `${H}skils:\n  a: 1\n`, message: 'did you mean "skills"?', range: 'skils' },
  { name: 'unknown key with nothing close', text: `${H}current:\n  favourite-colour: blue\n`, message: /^Unknown key "favourite-colour" in "current": fix its spelling/, range: 'favourite-colour' },
  { name: 'unknown key in a skill map', text: `${H}skills:\n  a: { level: 2, evidnce: blog }\n`, message: 'Unknown key "evidnce" in skill "a": did you mean "evidence"?', range: 'evidnce' },
  { name: 'unknown key in an experiment', text: `${H}plans:\n  p:\n    title: t\n    kind: backup\n    experiments:\n      e: { kind: course, stauts: done }\n`, message: 'in experiment "e": did you mean "status"?', range: 'stauts' },
  { name: 'unknown rule code', text: `${H}rules:\n  overdeu: off\n`, message: 'did you mean "overdue"?', range: 'overdeu' },
  { name: 'x- keys are yours', text: `${H}x-mine: 1\nactions:\n  a: { do: x, x-effort: 3 }\n`, message: '', range: '' },
  // ids: on the key, with the kebab-case id offered
  { name: 'bad id', text: `${H}actions:\n  Pick_Course:\n    do: x\n`, message: '"Pick_Course" is not a valid id in "actions"', range: 'Pick_Course', data: { id: 'Pick_Course', suggestion: 'pick-course' } },
  { name: 'bad id offers kebab-case', text: `${H}goals:\n  StaffEngineer: { title: t }\n`, message: 'like "staff-engineer"', range: 'StaffEngineer' },
  { name: 'bad id in needs', text: `${H}plans:\n  p:\n    title: t\n    kind: backup\n    needs: { Writing: 3 }\n`, message: '"Writing" is not a valid id in the needs of plan "p"', range: 'Writing' },
  { name: 'bad id in a reference list', text: `${H}actions:\n  a: { do: x, after: [Other Action] }\n`, message: '"Other Action" is not a valid id', range: 'Other Action' },
  // missing required keys: on the parent key
  { name: 'action without do', text: `${H}actions:\n  a:\n    due: 2026-01-01\n`, message: 'Action "a" is missing the required key "do".', range: 'a', after: '\n  ' },
  { name: 'plan without kind', text: `${H}plans:\n  p: { title: t }\n`, message: 'Plan "p" is missing the required key "kind".', range: 'p', after: '\n  ' },
  { name: 'contact without name', text: `${H}network:\n  jane:\n    role: mentor\n`, message: 'Contact "jane" is missing the required key "name".', range: 'jane' },
  { name: 'no format version', text: 'owner: Ada\n', message: 'The plan is missing the required key "careerplan".', range: 'owner' },
  // enums: on the value, with what a quick fix needs
  { name: 'bad status', text: `${H}actions:\n  a:\n    do: x\n    status: finished\n`, message: '"finished" is not a valid value for "status" of action "a": use one of todo, doing, blocked, done, dropped.', range: 'finished', data: { allowed: ['todo', 'doing', 'blocked', 'done', 'dropped'], value: 'finished' } },
  { name: 'misspelt role', text: `${H}network:\n  jane: { name: Jane, role: mentr }\n`, message: 'did you mean "mentor"?', range: 'mentr', data: { allowed: ['mentor', 'advisor', 'supporter', 'peer', 'recruiter', 'contact'], value: 'mentr' } },
  { name: 'enum in another case', text: `${H}plans:\n  p: { title: t, kind: Backup }\n`, message: 'did you mean "backup"?', range: 'Backup' },
  { name: 'rule level', text: `${H}rules:\n  overdue: loud\n`, message: '"loud" is not a valid value for "rules.overdue"', range: 'loud' },
  // wrong types: on the value
  { name: 'text that is a list', text: `${H}owner: [Ada, Lovelace]\n`, message: '"owner" must be text.', range: '[Ada, Lovelace]' },
  { name: 'text that YAML reads as a number', text: `${H}owner: 2026\n`, message: 'put 2026 in quotes ("2026")', range: '2026' },
  { name: 'an id written as a number', text: `${H}actions:\n  a: { do: x, after: [2026] }\n`, message: 'Item 1 of "after" of action "a" must be text', range: '2026' },
  { name: 'a list that is a single id', text: `${H}actions:\n  a: { do: x, after: b }\n`, message: '"after" of action "a" must be a list', range: 'b', after: 'after: ' },
  { name: 'a section that is a list', text: `${H}actions:\n  - a\n`, message: '"actions" must be a map', range: '- a' },
  { name: 'an entry with no value', text: `${H}actions:\n  a:\n`, message: 'Action "a" must be a map with "do"', range: 'a', after: '\n  ' },
  { name: 'an entry that is text', text: `${H}actions:\n  a: do it\n`, message: 'Action "a" must be a map with "do"', range: 'do it' },
  // dates: one finding on the value
  { name: 'a day the calendar lacks', text: `${H}actions:\n  a:\n    do: x\n    due: 2026-02-30\n`, message: '"2026-02-30" in "due" of action "a" is not a real calendar date', range: '2026-02-30' },
  { name: 'a date written loosely', text: `${H}actions:\n  a:\n    do: x\n    due: 2026-2-3\n`, message: '"2026-2-3" in "due" of action "a" is not written as YYYY-MM-DD: write it as 2026-02-03.', range: '2026-2-3' },
  { name: 'not a date', text: `${H}goals:\n  g: { title: t, by: next year }\n`, message: '"next year" in "by" of goal "g" is not a date', range: 'next year' },
  { name: 'a date that YAML reads as a number', text: `${H}resume:\n  updated: 20260101\n`, message: 'is not a date', range: '20260101' },
  { name: 'month 13 in the review log', text: `${H}review:\n  log:\n    - date: 2026-13-01\n`, message: 'in "date" of review log entry 1 is not a real calendar date', range: '2026-13-01' },
  // the format version: on the value
  { name: 'careerplan: 2', text: 'careerplan: 2\n', message: 'careerplan must be 1', range: '2' },
  { name: 'careerplan as text', text: 'careerplan: "1"\n', message: 'careerplan must be 1', range: '"1"' },
  // numbers out of range: friendly
  { name: 'skill level too high', text: `${H}skills:\n  a: 9\n`, message: 'The level of skill "a" must be a whole number from 0 to 5.', range: '9' },
  { name: 'skill level in a map too high', text: `${H}skills:\n  a: { level: 9 }\n`, message: '"level" of skill "a" must be a whole number from 0 to 5.', range: '9' },
  { name: 'skill level negative', text: `${H}skills:\n  a: -1\n`, message: 'must be a whole number from 0 to 5', range: '-1' },
  { name: 'skill level not whole', text: `${H}skills:\n  a: 2.5\n`, message: 'must be a whole number from 0 to 5', range: '2.5' },
  { name: 'skill as a word', text: `${H}skills:\n  a: high\n`, message: 'Skill "a" must be a whole number from 0 to 5, or a map with "level"', range: 'high' },
  { name: 'skill map without a level', text: `${H}skills:\n  a: { kind: soft }\n`, message: 'Skill "a" is missing the required key "level".', range: 'a', after: '\n  ' },
  { name: 'skill kind not in the list', text: `${H}skills:\n  a: { level: 2, kind: hard }\n`, message: '"hard" is not a valid value for "kind" of skill "a"', range: 'hard' },
  { name: 'needed level zero', text: `${H}plans:\n  p:\n    title: t\n    kind: backup\n    needs: { writing: 0 }\n`, message: 'The level plan "p" needs in skill "writing" must be a whole number from 1 to 5.', range: '0' },
  { name: 'interest above 5', text: `${H}plans:\n  p:\n    title: t\n    kind: backup\n    experiments:\n      e: { interest: 7 }\n`, message: '"interest" of experiment "e" must be a whole number from 1 to 5.', range: '7' },
  { name: 'phase 0', text: `${H}actions:\n  a: { do: x, phase: 0 }\n`, message: '"phase" of action "a" must be a whole number of at least 1.', range: '0' },
  { name: 'negative money', text: `${H}finances:\n  emergency-fund: -5\n`, message: '"finances.emergency-fund" must be a number of 0 or more.', range: '-5' },
  { name: 'target months of zero', text: `${H}finances:\n  target-months: 0\n`, message: 'must be a number greater than 0', range: '0', after: 'target-months: ' },
  // patterns: what the value should look like
  { name: 'review cadence', text: `${H}review:\n  every: sometimes\n`, message: 'write it like 3m, 6m, 1y, monthly, quarterly or yearly', range: 'sometimes' },
  // a line with a colon and no key
  { name: 'a colon alone', text: `${H}:\n`, message: 'This line has a ":" with no key before it', range: ':', after: H },
];

function rangeStart(row: Row): number {
  const from = row.after === undefined ? 0 : row.text.indexOf(row.after) + row.after.length;
  return row.text.indexOf(row.range, from);
}

describe('schema diagnostics', () => {
  for (const row of ROWS) {
    it(row.name, () => {
      const analysis = analyzer.analyze(row.text, { today: '2026-11-24' });
      assert.deepEqual(analysis.internalErrors, []);
      assert.deepEqual(analysis.findings.filter((f) => f.code === 'yaml-syntax'), [], 'the text is valid YAML');
      const schema = analysis.findings.filter((f) => f.code === 'schema');
      if (row.range === '') {
        assert.deepEqual(schema, []);
        return;
      }
      assert.equal(schema.length, 1, `one finding, got: ${schema.map((f) => f.message).join(' | ')}`);
      const [finding] = schema;
      assert.equal(row.text.slice(finding.start, finding.end), row.range);
      assert.equal(finding.start, rangeStart(row), `the finding is on the right ${JSON.stringify(row.range)}`);
      if (typeof row.message === 'string') assert.ok(finding.message.includes(row.message), `"${finding.message}" says "${row.message}"`);
      else assert.match(finding.message, row.message);
      if (row.data) assert.deepEqual(finding.data, row.data);
      assert.equal(finding.severity, 'error');
    });
  }

  it('several problems in one entry give one finding each, in text order', () => {
    const text = `${H}actions:\n  a:\n    staus: todo\n    due: 2026-02-30\n    status: finished\n`;
    const analysis = analyzer.analyze(text, { today: '2026-11-24' });
    const schema = analysis.findings.filter((f) => f.code === 'schema');
    assert.deepEqual(schema.map((f) => text.slice(f.start, f.end)), ['a', 'staus', '2026-02-30', 'finished']);
    assert.match(schema[0].message, /missing the required key "do"/);
  });

  it('every skill shape gives exactly one finding', () => {
    for (const skill of ['9', '{ level: 9 }', '"high"', '{ kind: soft }', '[3]', 'true', '{ level: two }', '{ level: 3, kind: hard, evidnce: x }']) {
      const analysis = analyzer.analyze(`${H}skills:\n  a: ${skill}\n`, { today: '2026-11-24' });
      const schema = analysis.findings.filter((f) => f.code === 'schema');
      const expected = skill.includes('evidnce') ? 2 : 1;
      assert.equal(schema.length, expected, `${skill}: ${schema.map((f) => f.message).join(' | ')}`);
    }
  });

  it('the shared example plans and a valid plan have no schema finding', () => {
    const text = `${H}skills:\n  writing: 3\n  editing: { level: 2, kind: soft, evidence: blog }\nactions:\n  a: { do: x, due: 2027-01-01, status: todo, develops: [writing] }\n`;
    const analysis = analyzer.analyze(text, { today: '2026-11-24' });
    assert.deepEqual(analysis.findings.filter((f) => f.code === 'schema'), []);
  });
});
