import * as assert from 'node:assert/strict';
import { linkSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFileAtomic } from '../src/node/atomicWrite';

describe('writeFileAtomic', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'careerplan-atomic-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes a new file whole, leaving no temporary file', () => {
    const target = join(dir, 'new.ics');
    writeFileAtomic(target, 'BEGIN:VCALENDAR\r\n中文\r\n');
    assert.equal(readFileSync(target, 'utf8'), 'BEGIN:VCALENDAR\r\n中文\r\n');
    assert.deepEqual(readdirSync(dir), ['new.ics']);
  });

  it('never writes into the existing file: it is replaced by a rename, so a reader of the old file sees it whole', () => {
    const target = join(dir, 'cal.ics');
    writeFileSync(target, 'old\n');
    // A second name for the old file: had the write gone into it in place, this would change too.
    linkSync(target, join(dir, 'old-view'));
    const before = statSync(target).ino;
    writeFileAtomic(target, 'new\n'.repeat(100_000), { overwrite: true });
    assert.equal(readFileSync(join(dir, 'old-view'), 'utf8'), 'old\n');
    assert.equal(readFileSync(target, 'utf8'), 'new\n'.repeat(100_000));
    assert.notEqual(statSync(target).ino, before);
    assert.deepEqual(readdirSync(dir).sort(), ['cal.ics', 'old-view']);
  });

  it('without overwrite, an existing file is an EEXIST error and stays as it was', () => {
    const target = join(dir, 'me.careerplan.yaml');
    writeFileSync(target, 'careerplan: 1\n');
    assert.throws(() => writeFileAtomic(target, 'other\n'), (error: NodeJS.ErrnoException) => error.code === 'EEXIST');
    assert.equal(readFileSync(target, 'utf8'), 'careerplan: 1\n');
    assert.deepEqual(readdirSync(dir), ['me.careerplan.yaml']);
  });

  it('a folder that does not exist is an error and creates nothing', () => {
    assert.throws(() => writeFileAtomic(join(dir, 'missing', 'x.ics'), 'x'), (error: NodeJS.ErrnoException) => error.code === 'ENOENT');
    assert.deepEqual(readdirSync(dir), []);
  });
});
