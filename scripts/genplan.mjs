// Generates large, realistic career plans (valid per the format spec, with a moderate number of
// findings) so the CLI, the language server and the tests can be measured on plans of any size.
// Usage: node scripts/genplan.mjs --lines 50000 --seed 1 [--lang en|zh] > plan.careerplan.yaml
import * as W from './genplan-words.mjs';

/** The date the generated plans are written against: overdue items and stale contacts are relative to it. */
export const PLAN_TODAY = '2026-11-24';

const DAY_MS = 86400000;
const dayOf = (iso) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
const isoOf = (day) => new Date(day * DAY_MS).toISOString().slice(0, 10);
const OPEN = new Set(['todo', 'doing', 'blocked']);

/** Small seeded PRNG, so a seed always yields the same plan. */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Whether a text can be written as a plain YAML scalar and still read back as the same string. */
function plainOk(s, flow) {
  if (s === '' || s !== s.trim()) return false;
  if (/^[-?:,[\]{}#&*!|>'"%@`]/.test(s)) return false;
  if (/: |:$| #/.test(s)) return false;
  if (flow && /[,[\]{}:"']/.test(s)) return false;
  if (/^(true|false|null|yes|no|on|off|~)$/i.test(s)) return false;
  if (/^[-+]?[\d.]/.test(s) && /^[-+.\deE_:x]+$/.test(s)) return false;
  return !/^\d{4}-\d\d-\d\d/.test(s);
}

export function generatePlan({ lines = 1000, seed = 1, lang = 'en' } = {}) {
  return new PlanGenerator(lines, seed, lang).generate();
}

class PlanGenerator {
  constructor(target, seed, lang) {
    this.target = target;
    this.rng = mulberry32(seed);
    this.zhRate = lang === 'zh' ? 0.85 : 0.08;
    this.today = dayOf(PLAN_TODAY);
    this.used = new Set();
    this.skills = new Map(); // id -> { id, en, zh, kind, have }
    this.developed = new Set(); // skill ids with an open, dated action or a dated planned/running experiment
    this.backups = [];
    this.allActions = [];
    this.contacts = [];
    this.names = new Set();
    this.experimentCount = Math.floor(this.rng() * 28);
    this.sections = { skills: [], goals: [], plans: [], actions: [], network: [], obstacles: [] };
    this.count = 0;
  }

  // ── randomness ──
  int(lo, hi) { return lo + Math.floor(this.rng() * (hi - lo + 1)); }
  chance(p) { return this.rng() < p; }
  pick(list) { return list[Math.floor(this.rng() * list.length)]; }
  sample(list, n) {
    const copy = [...list];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(this.rng() * (i + 1));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy.slice(0, n);
  }
  zh() { return this.chance(this.zhRate); }
  /** One of an [English, Chinese] pair. */
  say(pair, zh = this.zh()) { return zh ? pair[1] : pair[0]; }
  date(day) { return isoOf(day); }

  // ── YAML text ──
  /** A text scalar, quoted when it must be and now and then when it need not be (people do). */
  str(s, flow = false) {
    if (!plainOk(s, flow)) return JSON.stringify(s);
    if (this.chance(0.06)) return this.chance(0.5) ? JSON.stringify(s) : `'${s.replace(/'/g, "''")}'`;
    return s;
  }
  list(items, indent, flow = this.chance(0.75)) {
    if (flow) return [` [${items.map((i) => this.str(i, true)).join(', ')}]`];
    return ['', ...items.map((i) => `${' '.repeat(indent)}- ${this.str(i)}`)];
  }
  /** Lines for `key: [a, b]` or a block list below the key. */
  listLines(key, items, indent) {
    const [head, ...rest] = this.list(items, indent + 2);
    return [`${' '.repeat(indent)}${key}:${head}`, ...rest];
  }
  /** An entry `id: { k: v, ... }` on one line, from [key, value-text] pairs already formatted for flow. */
  flowEntry(id, pairs) { return `  ${id}: { ${pairs.map(([k, v]) => `${k}: ${v}`).join(', ')} }`; }
  /** An entry as a block map, from [key, value-text] pairs; a value may be an array of continuation lines. */
  blockEntry(id, pairs, comment) {
    const out = [`  ${id}:${comment ? `  # ${comment}` : ''}`];
    for (const [k, v] of pairs) {
      if (Array.isArray(v)) out.push(...v);
      else out.push(`    ${k}: ${v}`);
    }
    return out;
  }

  uniq(base) {
    let id = base;
    for (let n = 2; this.used.has(id); n++) id = `${base}-${n}`;
    this.used.add(id);
    return id;
  }
  add(section, lines) {
    this.sections[section].push(lines);
    this.count += lines.length;
  }

  // ── skills ──
  /** The skill with this id, created on first use with the level you have now (0 = absent from `skills`). */
  skill(baseRow, variant, haveFloor = 0) {
    const [base, en, zh, kind] = baseRow;
    const id = variant ? `${base}-${variant[0]}` : base;
    let s = this.skills.get(id);
    if (s) return s;
    if (this.used.has(id)) return null;
    this.used.add(id);
    const have = Math.max(haveFloor, this.chance(0.3) ? 0 : this.int(1, 5));
    s = { id, en: variant ? `${en} (${variant[1]})` : en, zh: variant ? `${zh}（${variant[2]}）` : zh, kind, have };
    this.skills.set(id, s);
    if (have > 0) this.add('skills', this.renderSkill(s));
    return s;
  }
  renderSkill(s) {
    const r = this.rng();
    const evidence = this.chance(0.6) ? this.say(this.pick(W.EVIDENCE)) : null;
    if (r < 0.5) return [`  ${s.id}: ${s.have}${this.chance(0.05) ? '  # self-assessed' : ''}`];
    if (r < 0.75) {
      const pairs = [['level', s.have], ['kind', s.kind]];
      if (evidence) pairs.push(['evidence', this.str(evidence, true)]);
      return [this.flowEntry(s.id, pairs)];
    }
    const pairs = [['level', s.have], ['kind', s.kind]];
    if (evidence) pairs.push(['evidence', this.str(evidence)]);
    return this.blockEntry(s.id, pairs);
  }
  /** A skill nobody has recorded yet, for the `skills` section; null when the vocabulary is used up. */
  freshSkill() {
    for (let tries = 0; tries < 60; tries++) {
      const row = this.pick(W.SKILLS);
      const [v1, v2] = this.sample(W.SKILL_VARIANTS, 2);
      // Two qualifiers only once the single ones run out, in very large plans.
      const variant = tries >= 30 ? [`${v1[0]}-${v2[0]}`, `${v1[1]}, ${v2[1]}`, `${v1[2]}·${v2[2]}`] : this.chance(0.15) ? null : v1;
      const id = variant ? `${row[0]}-${variant[0]}` : row[0];
      if (!this.used.has(id)) return this.skill(row, variant, 1);
    }
    return null;
  }

  // ── network ──
  /** A new person, named unlike everyone already in the network. */
  person(zh) {
    for (let tries = 0; tries < 8; tries++) {
      const p = this.personName(zh);
      if (!this.names.has(p.name) || tries === 7) {
        this.names.add(p.name);
        return { name: p.name, id: this.uniq(p.id) };
      }
    }
  }
  personName(zh) {
    if (zh) {
      const [sc, sp] = this.pick(W.ZH_SURNAMES);
      if (this.chance(0.4)) {
        const [tc, tp] = this.pick(W.ZH_TITLES);
        return { name: sc + tc, id: `${sp}-${tp}` };
      }
      const [gc, gp] = this.pick(W.ZH_GIVEN);
      return { name: sc + gc, id: `${sp}-${gp}` };
    }
    const first = this.pick(W.FIRST_NAMES);
    const last = this.pick(W.LAST_NAMES);
    const name = this.chance(0.15) ? `${first} ${last[0]}.` : `${first} ${last}`;
    return { name, id: `${first}-${last}`.toLowerCase() };
  }
  addContact(role, planIds = [], recent = false) {
    const zh = this.zh();
    const p = this.person(zh);
    const adviser = role === 'mentor' || role === 'advisor';
    const pairs = [['name', p.name], ['role', role]];
    if (this.chance(adviser ? 0.9 : 0.5)) pairs.push(['field', this.say(this.pick(W.FIELDS), zh)]);
    if (planIds.length) pairs.push(['plans', planIds]);
    let last = null;
    if (adviser) last = recent || this.chance(0.9) ? this.today - this.int(3, 170) : this.today - this.int(200, 600);
    else if (this.chance(0.6)) last = this.today - this.int(3, 700);
    if (last !== null) pairs.push(['last-contact', this.date(last)]);
    if (this.chance(adviser ? 0.6 : 0.3)) pairs.push(['next-contact', this.date(this.today + this.int(3, 150))]);
    const contact = { ...p, role };
    this.contacts.push(contact);
    this.add('network', this.renderContact(p.id, pairs));
    return contact;
  }
  renderContact(id, pairs) {
    const text = (k) => k === 'name' || k === 'field';
    if (this.chance(pairs.length <= 3 ? 0.6 : 0.25)) {
      return [this.flowEntry(id, pairs.map(([k, v]) => [k, Array.isArray(v) ? `[${v.join(', ')}]` : text(k) ? this.str(v, true) : v]))];
    }
    return this.blockEntry(id, pairs.map(([k, v]) => [k, Array.isArray(v) ? this.listLines(k, v, 4) : text(k) ? this.str(v) : v]));
  }
  contactFor(plan) {
    const role = this.pick(['peer', 'peer', 'contact', 'contact', 'supporter', 'recruiter', 'mentor', 'advisor', 'advisor']);
    return this.addContact(role, plan && this.chance(0.5) ? [plan.id] : []);
  }

  // ── plans and experiments ──
  addBackupPlan(small) {
    const [dId, dEn, dZh, models, dSkills] = this.pick(W.DOMAINS);
    const variant = this.backups.length < 4 ? W.PLAN_VARIANTS[0] : this.pick(W.PLAN_VARIANTS);
    const zh = this.zh();
    const id = this.uniq(variant[0] ? `${dId}-${variant[0]}` : dId);
    const en = dEn + variant[1];
    const plan = { id, title: zh ? dZh + variant[2] : en, noun: [en[0].toLowerCase() + en.slice(1), dZh + variant[2]], zh, needs: [], goals: [], actions: [] };
    for (const base of this.sample(dSkills, this.int(2, Math.min(small ? 2 : 5, dSkills.length)))) {
      const row = W.SKILLS.find((r) => r[0] === base);
      const s = this.skill(row, this.chance(0.35) ? this.pick(W.SKILL_VARIANTS) : null) ?? this.skill(row, null);
      if (s && !plan.needs.some((n) => n.skill === s)) plan.needs.push({ skill: s, level: this.int(2, 5) });
    }
    const pairs = [['title', this.str(plan.title)], ['kind', 'backup'], ['model', this.chance(0.85) ? this.pick(models) : this.pick(W.MODELS)]];
    if (this.chance(0.8)) pairs.push(['why', this.str(this.say(this.pick(W.WHY), zh))]);
    if (this.chance(0.6)) pairs.push(['trigger', this.str(this.say(this.pick(W.TRIGGERS), zh))]);
    pairs.push(['needs', this.needsLines(plan.needs)]);
    if (this.chance(0.75)) pairs.push(['market', this.marketLines(zh)]);
    const experiments = [];
    for (let i = small ? 1 : this.int(1, 4); i > 0; i--) experiments.push(...this.experimentLines(plan));
    pairs.push(['experiments', ['    experiments:', ...experiments]]);
    this.add('plans', this.blockEntry(id, pairs, this.chance(0.1) ? (zh ? '备选' : 'Plan B') : null));
    this.backups.push(plan);
    return plan;
  }
  needsLines(needs) {
    if (this.chance(0.2)) return [`    needs: { ${needs.map((n) => `${n.skill.id}: ${n.level}`).join(', ')} }`];
    return ['    needs:', ...needs.map((n) => `      ${n.skill.id}: ${n.level}`)];
  }
  marketLines(zh) {
    const demand = this.pick(['low', 'medium', 'medium', 'high']);
    const lo = this.int(3, 9) * 10;
    const earnings = zh ? `年薪 ${lo / 10 * 8}-${lo / 10 * 12} 万元` : `${lo}-${lo + this.int(2, 5) * 10}k USD`;
    const researched = this.date(this.today - this.int(10, 400));
    if (this.chance(0.25)) return [`    market: { demand: ${demand}, earnings: ${this.str(earnings, true)}, researched: ${researched} }`];
    return ['    market:', `      demand: ${demand}`, `      earnings: ${this.str(earnings)}`, `      researched: ${researched}`];
  }
  experimentLines(plan) {
    const n = this.experimentCount++;
    const kind = W.EXPERIMENT_KINDS[n % 7];
    const status = ['planned', 'running', 'done', 'abandoned'][n % 4];
    let from;
    let to;
    const length = this.int(14, 180);
    if (status === 'planned') from = this.today + this.int(7, 300);
    else if (status === 'running') from = this.today - this.int(1, length - 1);
    else from = this.today - length - this.int(1, 500);
    to = from + length;
    if (status === 'abandoned') to = Math.min(to, this.today - 1);
    const skill = plan.needs.length ? this.pick(plan.needs).skill : null;
    const slug = { freelance: `${skill?.id ?? plan.id}-gig`, volunteering: `volunteer-${skill?.id ?? plan.id}`, 'side-hustle': `${plan.id}-side-hustle`,
      'side-project': `${skill?.id ?? plan.id}-side-project`, 'informational-interview': `chat-with-${plan.id}`, course: `${skill?.id ?? plan.id}-intro-course`,
      'part-time': `part-time-${plan.id}` }[kind];
    const id = this.uniq(slug);
    const out = [`      ${id}:`, `        kind: ${kind}`, `        from: ${this.date(from)}`];
    const undated = status === 'planned' && this.chance(0.03);
    if (!undated) out.push(`        to: ${this.date(to)}`);
    if (status !== 'planned' || this.chance(0.5)) out.push(`        status: ${status}`);
    if (skill && this.chance(0.7)) {
      const develops = [...new Set([skill.id, ...(this.chance(0.3) ? [this.pick(plan.needs).skill.id] : [])])];
      out.push(...this.listLines('develops', develops, 8));
      if ((status === 'planned' || status === 'running') && !undated) for (const d of develops) this.developed.add(d);
    }
    const ended = status === 'done' || status === 'abandoned';
    if (ended && this.chance(0.93)) out.push(`        interest: ${this.int(1, 5)}`);
    if (ended && this.chance(0.8)) out.push(`        learned: ${this.str(this.say(this.pick(W.LEARNED), plan.zh))}`);
    return out;
  }

  // ── goals ──
  addGoal(plan, kind) {
    const zh = plan.zh;
    const t = plan.noun[zh ? 1 : 0];
    const templates = plan.id === 'primary' ? {
      short: [['lead-project', `Lead a project end to end as ${t}`, `作为${t}独立负责一个完整项目`]],
      long: [['senior-promotion', `Be promoted to senior ${t}`, `晋升为高级${t}`]],
    } : {
      short: [['first-client', `Land a first paid project as a ${t}`, `拿到第一个${t}付费项目`], ['certified', `Get certified for the ${t} path`, `取得${t}方向的资格证书`]],
      mid: [['side-income', `Earn 1,000 a month as a ${t}`, `做${t}每月增收一千元`], ['portfolio', `Build a portfolio of five ${t} projects`, `积累五个${t}作品`]],
      long: [['full-time', `Work as a ${t} full-time`, `成为全职${t}`], ['own-practice', `Run my own practice as a ${t}`, `创办自己的${t}工作室`]],
    };
    const [slug, en, zhText] = this.pick(templates[kind === 'past' ? 'short' : kind]);
    const id = this.uniq(`${plan.id}-${slug}`);
    const by = kind === 'short' ? this.today + this.int(45, 350) : kind === 'mid' ? this.today + this.int(400, 1050)
      : kind === 'long' ? this.today + this.int(1100, 1800) : this.today - this.int(10, 300);
    const pairs = [['title', zh ? zhText : en], ['by', this.date(by)]];
    if ((kind === 'short' || kind === 'long') && this.chance(0.4)) pairs.push(['horizon', kind]);
    pairs.push(['plan', plan.id]);
    const lines = this.chance(0.15) ? [this.flowEntry(id, pairs.map(([k, v]) => [k, k === 'title' ? this.str(v, true) : v]))]
      : this.blockEntry(id, pairs.map(([k, v]) => [k, k === 'title' ? this.str(v) : v]));
    this.add('goals', lines);
    plan.goals.push(id);
    return id;
  }

  // ── actions ──
  actionText(plan, skill, person, zh) {
    const t = plan.noun[zh ? 1 : 0];
    const platform = this.pick(W.PLATFORMS);
    const sk = skill ? (zh ? skill.zh : skill.en) : '';
    const options = skill ? [
      [`finish-${skill.id}-course`, `Finish the ${sk} course ${platform[0]}`, `完成${platform[1]}上的${sk}课程`, true],
      [`practice-${skill.id}`, `Practise ${sk} for 30 minutes every weekday for a month`, `每个工作日练习${sk}三十分钟，坚持一个月`, true],
      [`certify-${skill.id}`, `Get a ${sk} certificate`, `考取${sk}相关证书`, true],
      [`read-${skill.id}-books`, `Read two books on ${sk}`, `读完两本${sk}方面的书`, true],
      [`case-study-${skill.id}`, `Publish a case study about ${sk}`, `写一篇关于${sk}的案例分析并发布`, true],
      [`meetup-${skill.id}`, `Go to a local ${sk} meetup`, `参加一次${sk}线下交流会`, false],
    ] : [];
    options.push(
      [`research-${plan.id}-pay`, `Write a one-page summary of what a ${t} earns in my city`, `整理一页${t}的本地薪资调研`, false],
      [`resume-for-${plan.id}`, `Update the resume for ${t} roles`, `针对${t}岗位更新简历`, false],
      [`apply-${plan.id}`, `Apply to three ${t} openings`, `投递三个${t}相关职位`, false],
      [`shadow-${plan.id}`, `Shadow a ${t} for a day`, `跟岗观摩一天${t}的工作`, false],
    );
    if (person) {
      options.push([`interview-${person.id}`, `Book an informational interview with ${person.name}`, `约${person.name}做一次信息访谈`, false],
        [`portfolio-review-${person.id}`, `Ask ${person.name} to review my portfolio`, `请${person.name}点评我的作品集`, false]);
    }
    const fresh = options.filter((o) => !this.used.has(o[0]));
    return this.pick(fresh.length ? fresh : options);
  }
  statusFor(due, prereqs) {
    let status;
    const r = this.rng();
    if (due === null) status = r < 0.7 ? 'todo' : 'doing';
    else if (due < this.today - 60) status = r < 0.88 ? 'done' : r < 0.95 ? 'dropped' : this.pick(['todo', 'doing', 'blocked']);
    else if (due < this.today) status = r < 0.6 ? 'done' : r < 0.65 ? 'dropped' : this.pick(['todo', 'doing', 'blocked']);
    else status = r < 0.62 ? 'todo' : r < 0.82 ? 'doing' : r < 0.92 ? 'blocked' : 'done';
    if (prereqs.some((p) => p.status === 'dropped')) return 'dropped';
    const waiting = prereqs.some((p) => OPEN.has(p.status));
    if (waiting && (status === 'done' || status === 'doing')) return due !== null && due < this.today ? 'blocked' : 'todo';
    return status;
  }
  /** One action; `develop` makes it an open, dated step that closes a skill gap. */
  addAction(plan, { due, prereqs = [], phase = null, develop = null }) {
    const zh = plan.zh !== this.chance(0.1);
    const person = this.contacts.length && this.chance(0.25) ? this.pick(this.contacts) : null;
    const skill = develop ?? (plan.needs.length && this.chance(0.6) ? this.pick(plan.needs).skill : null);
    let [slug, en, zhText, trains] = this.actionText(plan, skill, person, zh);
    if (develop && !trains) [slug, en, zhText, trains] = [`learn-${develop.id}`, `Learn ${develop.en} with a weekly study plan`, `制定每周计划学习${develop.zh}`, true];
    const id = this.uniq(slug);
    const status = develop ? (this.chance(0.7) ? 'todo' : 'doing') : this.statusFor(due, prereqs);
    const action = { id, due, status, plan };
    const pairs = [['do', zh ? zhText : en]];
    if (this.chance(0.93)) pairs.push(['plan', plan.id]);
    if (plan.goals.length && this.chance(0.5)) pairs.push(['goal', this.pick(plan.goals)]);
    if (due !== null) pairs.push(['due', this.date(due)]);
    if (status !== 'todo' || this.chance(0.6)) pairs.push(['status', status]);
    if (status === 'done') {
      const after = Math.max(0, ...prereqs.map((p) => p.doneDay ?? 0));
      action.doneDay = Math.min(this.today, Math.max(after, due + this.int(-20, 5)));
      pairs.push(['done', this.date(action.doneDay)]);
    }
    const develops = [];
    if (skill && trains) develops.push(skill.id);
    if (this.chance(0.1) && plan.needs.length) develops.push(this.pick(plan.needs).skill.id);
    if (develops.length) pairs.push(['develops', [...new Set(develops)]]);
    if (prereqs.length) pairs.push(['after', prereqs.map((p) => p.id)]);
    if (phase !== null) pairs.push(['phase', phase]);
    if (OPEN.has(status) && due !== null) for (const d of develops) this.developed.add(d);
    this.allActions.push(action);
    plan.actions.push(action);
    return { action, lines: this.renderAction(id, pairs, due) };
  }
  renderAction(id, pairs, due) {
    if (this.chance(0.05)) {
      return [this.flowEntry(id, pairs.map(([k, v]) => [k, Array.isArray(v) ? `[${v.join(', ')}]` : k === 'do' ? this.str(v, true) : v]))];
    }
    const out = this.blockEntry(id, pairs.map(([k, v]) => {
      if (Array.isArray(v)) return [k, this.listLines(k, v, 4)];
      if (k === 'do') return [k, this.str(v)];
      if (k === 'due' && this.chance(0.04)) return [k, `${v}  # ${this.pick(W.ACTION_COMMENTS)}`];
      return [k, v];
    }));
    if (due !== null && this.chance(0.015)) out.push(`    x-notes: ${this.str(this.say(this.pick(W.LEARNED)))}`);
    return out;
  }
  /** Earlier actions that may come before one due on `due` without breaking the order of due dates. */
  crossPrereq(due) {
    for (let tries = 0; tries < 4 && this.allActions.length; tries++) {
      const a = this.pick(this.allActions);
      if (a.due !== null && a.due <= due && a.status !== 'dropped') return a;
    }
    return null;
  }
  /** A chain of dated steps for a plan, plus the steps that close its skill gaps. */
  addActionsFor(plan, chains, chainLength) {
    const lines = [];
    if (this.chance(0.6)) lines.push(`  # ${plan.id}: ${plan.title}`);
    for (let c = 0; c < chains; c++) {
      let due = this.today + this.int(-700, 560);
      let prev = null;
      const length = this.int(2, chainLength);
      for (let step = 0; step < length; step++) {
        const prereqs = prev ? [prev] : [];
        const cross = this.chance(0.08) ? this.crossPrereq(due) : null;
        if (cross && cross !== prev) prereqs.push(cross);
        const last = step === length - 1;
        const undated = last && this.chance(0.03);
        const made = this.addAction(plan, { due: undated ? null : due, prereqs, phase: this.chance(0.7) ? step + 1 : null });
        lines.push(...made.lines);
        if (undated) break;
        prev = made.action;
        due += this.int(7, 60);
      }
    }
    for (const need of plan.needs) {
      if (need.skill.have >= need.level || this.developed.has(need.skill.id) || this.chance(0.15)) continue;
      lines.push(...this.addAction(plan, { due: this.today + this.int(10, 330), develop: need.skill }).lines);
    }
    this.add('actions', lines);
  }

  // ── obstacles ──
  addObstacle(plan) {
    const live = plan.actions.filter((a) => a.status !== 'dropped');
    const candidates = live.length ? live : plan.actions;
    if (!candidates.length) return;
    const [slug, en, zh] = this.pick(W.OBSTACLES);
    const id = this.uniq(plan.id === 'primary' ? slug : `${slug}-${plan.id}`);
    const by = this.sample(candidates, this.int(1, 2)).map((a) => a.id);
    const text = this.say([en, zh], plan.zh);
    if (this.chance(0.3)) this.add('obstacles', [this.flowEntry(id, [['text', this.str(text, true)], ['addressed-by', `[${by.join(', ')}]`]])]);
    else this.add('obstacles', this.blockEntry(id, [['text', this.str(text)], ['addressed-by', this.listLines('addressed-by', by, 4)]]));
  }

  // ── the whole plan ──
  generate() {
    this.setup();
    this.fixed = this.renderFixed();
    this.count = this.render().length;
    // A full bundle adds at most ~330 lines and a small one ~115, so neither overshoots the target.
    while (this.backups.length < 2 || this.count + 260 < this.target) this.addBundle(this.target - this.count < 520);
    while (this.count < this.target) this.addFiller(this.target - this.count);
    return this.render().join('\n') + '\n';
  }
  setup() {
    const zh = this.zhRate > 0.5;
    this.owner = this.pick(W.OWNERS);
    this.ownerZh = zh;
    for (const base of this.owner.skills) this.skill(W.SKILLS.find((r) => r[0] === base), null, 2);
    const noun = [this.owner.role[0].toLowerCase(), this.owner.role[1]];
    const primary = { id: 'primary', title: zh ? `在${noun[1]}岗位上晋升` : `Grow as a ${noun[0]}`, noun, zh, needs: [], goals: [], actions: [] };
    this.used.add('primary');
    for (const s of this.sample([...this.skills.values()], 2)) primary.needs.push({ skill: s, level: Math.min(5, s.have + this.int(0, 1)) });
    this.add('plans', this.blockEntry('primary', [['title', this.str(primary.title)], ['kind', 'primary'], ['needs', this.needsLines(primary.needs)]]));
    // The review needs 2-3 advisors and 4-5 supporters who are kept in touch with.
    this.reviewAdvisors = [this.addContact('mentor', [], true), this.addContact('advisor', [], true), this.addContact('advisor', [], true)].map((c) => c.id);
    this.reviewSupporters = [1, 2, 3, 4, 5].map(() => this.addContact('supporter').id);
    for (const role of ['recruiter', 'peer', 'contact']) this.addContact(role);
    this.addGoal(primary, 'short');
    this.addGoal(primary, 'long');
    this.addActionsFor(primary, 1, 4);
    this.addObstacle(primary);
  }
  addBundle(small) {
    const plan = this.addBackupPlan(small);
    const r = this.rng();
    if (r < 0.15) this.addGoal(plan, 'long');
    else if (r < 0.3) this.addGoal(plan, 'short');
    else if (r < 0.45) this.addGoal(plan, 'mid');
    else if (r < 0.5) this.addGoal(plan, 'past');
    else if (r < 0.75) { this.addGoal(plan, 'short'); this.addGoal(plan, 'long'); }
    const people = small ? 1 : this.int(2, 6);
    for (let i = 0; i < people; i++) this.contactFor(plan);
    this.addActionsFor(plan, small ? 1 : this.int(1, 2), small ? 3 : 5);
    if (this.chance(0.25)) this.addObstacle(plan);
    if (!small) for (let i = this.int(2, 6); i > 0; i--) this.freshSkill();
  }
  /** Small items that bring the plan to exactly the requested size. */
  addFiller(room) {
    const r = this.rng();
    // Each branch adds at most as many lines as the room it requires.
    if (room >= 14 && r < 0.35) {
      const plan = this.pick(this.backups);
      const due = this.today + this.int(-700, 600);
      const cross = this.chance(0.3) ? this.crossPrereq(due) : null;
      const made = this.addAction(plan, { due, prereqs: cross ? [cross] : [] });
      this.add('actions', made.lines);
    } else if (room >= 8 && r < 0.6) {
      this.contactFor(this.chance(0.5) ? this.pick(this.backups) : null);
    } else if (r < 0.8 || room < 4) {
      const p = this.person(this.zh());
      this.contacts.push({ ...p, role: 'contact' });
      this.add('network', [this.flowEntry(p.id, [['name', this.str(p.name, true)], ['role', this.pick(['peer', 'contact', 'recruiter', 'supporter'])]])]);
    } else {
      this.freshSkill();
    }
  }

  /** The sections whose size does not grow with the plan, written once. */
  renderFixed() {
    const zh = this.ownerZh;
    const o = this.owner;
    const owner = zh ? o.zh : o.en;
    const S = (pair) => this.say(pair, zh);
    const head = [
      zh ? `# ${owner}的职业规划：主计划（A 计划）与正在试水的备选计划（B 计划）。` : `# Career plan of ${owner}: Plan A and the backup plans (Plan B) I am testing.`,
      zh ? '# 每季度与顾问一起复盘；复盘记录在文件末尾。' : '# Reviewed every quarter with my advisors; the review log is at the bottom.',
      'careerplan: 1',
      `owner: ${this.str(owner)}`,
      '',
      zh ? '# 现状' : '# Where I stand today',
      'current:',
      `  role: ${this.str(S(o.role))}`,
      '  since: 2019-04-01',
      `  compensation: { amount: ${zh ? 240000 : 98000}, currency: ${zh ? 'CNY' : 'USD'}, per: year }`,
      `  values: [${zh ? '自主, 成长, 稳定' : 'autonomy, craft, learning'}]`,
      '  interests:',
      ...(zh ? ['    - 培训', '    - 写作'] : ['    - writing', '    - teaching']),
      `  strengths: [${zh ? '沟通能力, 解释复杂问题' : 'explaining complex things, "calm under pressure"'}]`,
      `  weaknesses: [${zh ? '公开演讲' : 'public speaking'}]`,
    ];
    const money = [
      'finances:',
      `  currency: ${zh ? 'CNY' : 'USD'}`,
      `  monthly-expenses: ${zh ? 12000 : 3200}`,
      `  emergency-fund: ${zh ? 60000 : 16000}  # ${zh ? '目标六个月' : 'aiming for six months'}`,
      '  target-months: 6',
      `  income-streams: { salary: ${zh ? 20000 : 6100}, ${zh ? 'tutoring: 1500' : 'blog: 40'} }`,
      '',
      'forces:',
      `  for: [${this.sample(W.FORCES_FOR, 3).map((f) => this.str(S(f), true)).join(', ')}]`,
      '  against:',
      ...this.sample(W.FORCES_AGAINST, 2).map((f) => `    - ${this.str(S(f))}`),
    ];
    const tail = [
      `resources: [${this.sample(W.RESOURCES, 3).map((f) => this.str(S(f), true)).join(', ')}]`,
      '',
      'resume:',
      `  updated: ${this.date(this.today - 95)}`,
      '',
      zh ? '# 复盘：每季度一次，并在重大变化时加做' : '# Review every quarter, and after any big life or career event',
      'review:',
      '  every: 3m',
      `  last: ${this.date(this.today - 40)}`,
      `  advisors: [${this.reviewAdvisors.join(', ')}]`,
      '  supporters:',
      ...this.reviewSupporters.map((id) => `    - ${id}`),
      '  log:',
      ...this.reviewLog(zh),
      '',
      'rules:',
      `  stale-contact: info   # ${zh ? '偶尔联系即可' : 'a nudge is enough'}`,
    ];
    return { head, money, tail };
  }
  render() {
    const zh = this.ownerZh;
    const section = (comment, key) => ['', ...(comment ? [comment] : []), `${key}:`, ...this.sections[key].flat()];
    return [
      ...this.fixed.head,
      ...section(zh ? '# 现有技能（0 = 不会，5 = 专家）' : '# What I can do now (0 = none, 5 = expert)', 'skills'),
      ...section(zh ? '# 目标：未来 12 个月与 3-5 年' : '# Goals for the next 12 months and for 3-5 years', 'goals'),
      ...section(zh ? '# A 计划与各个 B 计划' : '# Plan A and the backups', 'plans'),
      ...section(zh ? '# 分阶段、有日期的行动计划' : '# The phased, dated action plan', 'actions'),
      ...section(zh ? '# 人脉：导师、顾问、支持者' : '# Network: mentors, advisors, supporters', 'network'),
      '',
      ...this.fixed.money,
      'obstacles:',
      ...this.sections.obstacles.flat(),
      ...this.fixed.tail,
    ];
  }
  reviewLog(zh) {
    const out = [];
    for (let i = 0; i < 6; i++) {
      const date = this.date(this.today - 40 - i * 91);
      const note = W.REVIEW_NOTES[i % W.REVIEW_NOTES.length];
      out.push(`    - date: ${date}`);
      if (i % 3 === 1) out.push('      notes: |', `        ${note[0]}`, `        ${note[1]}`);
      else out.push(`      notes: ${zh ? note[1] : note[0]}`);
    }
    return out;
  }
}

if (process.argv[1] && /genplan\.mjs$/.test(process.argv[1])) {
  const args = process.argv.slice(2);
  const opt = (name, fallback) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback;
  };
  const lines = Number(opt('lines', 1000));
  const seed = Number(opt('seed', 1));
  const lang = opt('lang', 'en');
  if (!Number.isInteger(lines) || lines < 1 || !Number.isInteger(seed) || !['en', 'zh'].includes(lang)) {
    process.stderr.write('usage: node scripts/genplan.mjs --lines N --seed N [--lang en|zh]\n');
    process.exit(2);
  }
  process.stdout.write(generatePlan({ lines, seed, lang }));
}
