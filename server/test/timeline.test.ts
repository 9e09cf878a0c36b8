/** The timeline's data (lanes, items, dates, source ranges) and its standalone SVG picture. */
import * as assert from 'node:assert/strict';
import { PlanAnalyzer } from '../src/core/analyze';
import { createMessageFormatter } from '../src/core/messages/catalog';
import { zh } from '../src/core/messages/zh';
import { LIGHT_TIMELINE_THEME, renderTimelineSvg, timelineModel, type TimelineItem, type TimelineModel } from '../src/core/timeline';

const TODAY = '2026-11-24';
const PLAN = `careerplan: 1
goals:
  senior:
    title: Be promoted to senior
    by: 2027-09-30
    plan: primary
  course-launch:
    title: Launch a course <for "devs"> & more
    by: 2029-12-31
    plan: tech-writer
  someday:
    title: Someday
plans:
  primary:
    title: Grow as a developer
    kind: primary
  tech-writer:
    title: Technical writer
    kind: backup
    experiments:
      tech-blog: { kind: side-project, from: 2026-10-01, to: 2027-01-31, status: running }
      open-ended: { kind: course, from: 2027-02-01 }
      no-dates: { kind: course }
actions:
  deep-dive:
    do: Finish the workshop
    goal: senior
    due: 2027-03-31
    status: doing
  start-blog:
    do: Set up the blog
    plan: tech-writer
    due: 2026-10-15
    status: done
    done: 2026-10-12
  pitch:
    do: Pitch a guest post
    plan: tech-writer
    due: 2026-11-01
  dropped-one:
    do: Not doing this
    plan: tech-writer
    due: 2026-12-01
    status: dropped
  loose:
    do: Tidy the desk
    due: 2026-05-02
  undated:
    do: Someday maybe
    plan: ghost-plan
`;

const analyzer = new PlanAnalyzer();
const analysis = analyzer.analyze(PLAN, { today: TODAY });
const model = timelineModel(analysis, TODAY);

function summary(items: TimelineItem[]): string[] {
  return items.map((i) =>
    i.kind === 'experiment' ? `experiment ${i.id} ${i.start}..${i.end} ${i.status}` : i.kind === 'goal' ? `goal ${i.id} ${i.date}` : `action ${i.id} ${i.date} ${i.status}${i.overdue ? ' overdue' : ''}`,
  );
}

describe('timeline model', () => {
  it('has a lane per plan, in file order, and one for entries tied to no plan', () => {
    assert.deepEqual(model.lanes.map((l) => [l.plan, l.title, l.planKind]), [
      ['primary', 'Grow as a developer', 'primary'],
      ['tech-writer', 'Technical writer', 'backup'],
      [null, 'No plan', null],
    ]);
  });

  it('places goals, actions and experiments by date in their lanes, dropped actions left out', () => {
    assert.deepEqual(summary(model.lanes[0].items), ['action deep-dive 2027-03-31 doing', 'goal senior 2027-09-30']);
    assert.deepEqual(summary(model.lanes[1].items), [
      'experiment tech-blog 2026-10-01..2027-01-31 running',
      'action start-blog 2026-10-15 done',
      'action pitch 2026-11-01 todo overdue',
      'experiment open-ended 2027-02-01..2027-02-01 planned',
      'goal course-launch 2029-12-31',
    ]);
    assert.deepEqual(summary(model.lanes[2].items), ['action loose 2026-05-02 todo overdue']);
  });

  it('lists entries without dates beside their lane', () => {
    assert.deepEqual(model.lanes[1].undated.map((u) => [u.kind, u.id]), [['experiment', 'no-dates']]);
    assert.deepEqual(model.lanes[2].undated.map((u) => [u.kind, u.id]), [['goal', 'someday'], ['action', 'undated']]);
  });

  it('gives each item the range of its entry and of its id, for reveal in the file', () => {
    const pitch = model.lanes[1].items.find((i) => i.id === 'pitch')!;
    const line = PLAN.split('\n').indexOf('  pitch:');
    assert.deepEqual(pitch.selectionRange, { start: { line, character: 2 }, end: { line, character: 7 } });
    assert.equal(pitch.range.start.line, line);
    assert.ok(pitch.range.end.line >= line + 3);
    const blog = model.lanes[1].items.find((i) => i.id === 'tech-blog')!;
    assert.equal(blog.selectionRange.start.line, PLAN.split('\n').findIndex((l) => l.startsWith('      tech-blog:')));
  });

  it('spans whole months from the earliest to the latest date, today included', () => {
    assert.deepEqual(model.domain, { start: '2026-05-01', end: '2030-01-01' });
    const small = timelineModel(analyzer.analyze('careerplan: 1\n', { today: TODAY }), TODAY);
    assert.deepEqual(small.domain, { start: '2026-11-01', end: '2026-12-01' });
    assert.deepEqual(small.lanes, []);
  });

  it('speaks the user language', () => {
    const chinese = timelineModel(analysis, TODAY, { locale: 'zh-cn', catalog: zh });
    assert.equal(chinese.lanes[2].title, createMessageFormatter('zh-cn', zh)('timeline.no-plan', {}));
    assert.equal(chinese.todayLabel, '今天');
  });
});

/** Tags balance, attribute values are quoted, and text holds no raw `<` or `&`. */
function assertWellFormed(svg: string): void {
  const stack: string[] = [];
  const tag = /<(\/?)([a-zA-Z]+)((?:\s+[a-zA-Z][a-zA-Z0-9:-]*="[^"<]*")*)\s*(\/?)>/g;
  let last = 0;
  for (let m = tag.exec(svg); m; m = tag.exec(svg)) {
    const text = svg.slice(last, m.index);
    assert.ok(!/[<>]|&(?!(amp|lt|gt|quot|#39);)/.test(text), `text is escaped: ${JSON.stringify(text)}`);
    last = tag.lastIndex;
    if (m[4]) continue;
    if (m[1]) assert.equal(stack.pop(), m[2], `closing ${m[2]}`);
    else stack.push(m[2]);
  }
  assert.equal(svg.slice(last).trim(), '', 'nothing after the last tag');
  assert.deepEqual(stack, []);
}

describe('timeline SVG', () => {
  const svg = renderTimelineSvg(model, {}, { width: 900 });

  it('is one standalone, well-formed SVG document that loads nothing', () => {
    assert.ok(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="900" '));
    assert.ok(svg.endsWith('</svg>\n'));
    assertWellFormed(svg);
    assert.deepEqual(svg.match(/https?:\/\/[^"]*/g), ['http://www.w3.org/2000/svg']);
    assert.ok(!/<(script|image|use|foreignObject|style)\b/.test(svg));
  });

  it('draws one clickable group per dated item, with its id, plan and line', () => {
    const groups = [...svg.matchAll(/<g class="item ([a-z ]+)" data-kind="(\w+)" data-id="([^"]+)" data-plan="([^"]*)" data-line="(\d+)">/g)];
    const count = model.lanes.reduce((n, l) => n + l.items.length, 0);
    assert.equal(groups.length, count);
    const pitch = groups.find((g) => g[3] === 'pitch')!;
    assert.equal(pitch[1], 'action overdue');
    assert.equal(pitch[4], 'tech-writer');
    assert.equal(Number(pitch[5]), PLAN.split('\n').indexOf('  pitch:'));
  });

  it('escapes every text', () => {
    assert.ok(svg.includes('Launch a course &lt;for &quot;devs&quot;&gt; &amp; more'));
    assert.ok(!svg.includes('<for "devs">'));
    const hostile: TimelineModel = {
      ...model,
      lanes: [{ plan: 'x"><script>', title: '</text><script>alert(1)</script>', planKind: null, undated: [], items: [] }],
      todayLabel: '<b>',
    };
    const out = renderTimelineSvg(hostile, { today: 'red" onload="alert(1)' });
    assertWellFormed(out);
    assert.ok(!out.includes('<script'));
    assert.ok(!out.includes('onload="'));
  });

  it('marks today and uses the theme colours', () => {
    assert.ok(svg.includes(`>Today ${TODAY}</text>`));
    assert.ok(svg.includes(`stroke="${LIGHT_TIMELINE_THEME.today}"`));
    const dark = renderTimelineSvg(model, { background: '#1e1e1e', overdue: '#f14c4c' });
    assert.ok(dark.includes('fill="#1e1e1e"'));
    assert.ok(dark.includes('stroke="#f14c4c"'), 'overdue actions take the overdue colour');
  });

  it('renders Chinese plans and an empty plan', () => {
    const chinese = renderTimelineSvg(timelineModel(analyzer.analyze(PLAN.replace('Technical writer', '企业培训讲师，兼职试水'), { today: TODAY }), TODAY));
    assertWellFormed(chinese);
    assert.ok(chinese.includes('企业培训讲师'));
    assertWellFormed(renderTimelineSvg(timelineModel(analyzer.analyze('', { today: TODAY }), TODAY)));
  });
});
