/**
 * The one search for plan files below a folder: the command line (sync, sorted) and the language
 * server's workspace index (async, bounded) find the same files on a tree with symlinks inside
 * and out of it, a loop, skipped folders, a FIFO and a device named like plans.
 */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expandPlanPaths } from '../src/cli/planPaths';
import { findPlanFiles, findPlanFilesSync } from '../src/node/planFiles';
import { ListPlansRequest } from '../src/lsp/protocol';
import { TestClient } from './lsp/client';

const PLAN = 'careerplan: 1\nowner: Ada\nactions:\n  pitch: { do: Pitch an article, due: 2026-12-01 }\n';

/**
 * What both must find, in name order: `linked-sub` comes before `sub`, so sub's plans are found
 * through the link, and neither the folder nor `alias` (a link to `a`) gives a plan twice.
 */
const EXPECTED = ['a.careerplan.yaml', 'b.careerplan.yml', join('linked-sub', 'c.careerplan.yaml'), join('linked-sub', 'deeper', 'd.careerplan.yaml')];

describe('plan search: command line and workspace index', function () {
  let base: string;
  let root: string;
  let client: TestClient | undefined;

  before(function () {
    if (process.platform === 'win32') this.skip();
  });
  beforeEach(() => {
    base = realpathSync(mkdtempSync(join(tmpdir(), 'careerplan-search-')));
    root = join(base, 'workspace');
    const write = (path: string, text = PLAN) => {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    };
    write('a.careerplan.yaml');
    write('b.careerplan.yml');
    write('notes.yaml');
    write('sub/c.careerplan.yaml');
    write('sub/deeper/d.careerplan.yaml');
    write('node_modules/dep/x.careerplan.yaml');
    write('.git/y.careerplan.yaml');
    mkdirSync(join(base, 'outside'));
    writeFileSync(join(base, 'outside', 'secret.careerplan.yaml'), PLAN);
    execFileSync('mkfifo', [join(root, 'pipe.careerplan.yaml')]);
    symlinkSync('/dev/zero', join(root, 'zero.careerplan.yaml'));
    symlinkSync('a.careerplan.yaml', join(root, 'alias.careerplan.yaml'));
    symlinkSync('missing.careerplan.yaml', join(root, 'dangling.careerplan.yaml'));
    symlinkSync('sub', join(root, 'linked-sub'));
    symlinkSync('.', join(root, 'self'));
    symlinkSync('..', join(root, 'up'));
    symlinkSync(join(base, 'outside'), join(root, 'outside-folder'));
    symlinkSync(join(base, 'outside', 'secret.careerplan.yaml'), join(root, 'secret.careerplan.yaml'));
  });
  afterEach(async () => {
    await client?.stop();
    client = undefined;
    rmSync(base, { recursive: true, force: true });
  });

  it('the CLI and the language server list the same plan files', async () => {
    const cli = expandPlanPaths([], root).map((file) => file.path);
    assert.deepEqual(cli, EXPECTED.map((path) => join('.', path)));

    client = await TestClient.start({ workspaceFolders: [root] });
    let list: ListPlansRequest.Result;
    do list = await client.request<ListPlansRequest.Result>(ListPlansRequest.method, {});
    while (!list.complete);
    const indexed = list.plans.map((plan) => relative(root, fileURLToPath(plan.uri)));
    assert.deepEqual(indexed.sort(), [...EXPECTED].sort());
  });

  it('is one walk: the async search finds what the sync one finds, in the same order, and both stop on their bound', async () => {
    const sync = findPlanFilesSync(root);
    assert.deepEqual(sync.map((plan) => plan.inner), EXPECTED);
    assert.deepEqual(await findPlanFiles(root), sync);
    assert.equal(sync[2].real, join(root, 'sub', 'c.careerplan.yaml'));

    // Root entries in name order: .git, a.careerplan.yaml, alias…: two entries reach the first plan.
    assert.deepEqual(findPlanFilesSync(root, { maxEntries: 2 }).map((plan) => plan.inner), ['a.careerplan.yaml']);
    assert.deepEqual((await findPlanFiles(root, { maxEntries: 2 })).map((plan) => plan.inner), ['a.careerplan.yaml']);
    let asked = 0;
    assert.deepEqual(await findPlanFiles(root, { stopped: () => ++asked > 2 }), findPlanFilesSync(root, { maxEntries: 2 }));
  });

  it('reports a folder it cannot list, or skips it', async () => {
    const missing = join(root, 'gone');
    const seen: string[] = [];
    assert.deepEqual(findPlanFilesSync(missing, { onUnreadable: (inner) => seen.push(`sync:${inner}`) }), []);
    assert.deepEqual(await findPlanFiles(missing, { onUnreadable: (inner) => seen.push(`async:${inner}`) }), []);
    assert.deepEqual(seen, ['sync:', 'async:']);
    assert.throws(() => findPlanFilesSync(missing, { onUnreadable: () => { throw new Error('stop'); } }), /stop/);
    await assert.rejects(findPlanFiles(missing, { onUnreadable: () => { throw new Error('stop'); } }), /stop/);
  });
});
