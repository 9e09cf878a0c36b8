// The e2e suites run on copies of the shared example plans (a clean clone may be tested without
// them beside it). A copy that drifts from its original tests an old contract: fail here first.
import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const fixtures = 'client/test/e2e/fixtures';
const originals = ['../shared/examples', '../shared/insights'];

describe('e2e fixtures', () => {
  it('are byte for byte the shared plans they copy', function () {
    const present = originals.filter((dir) => existsSync(dir));
    if (present.length === 0) this.skip();
    let compared = 0;
    for (const dir of present) {
      for (const name of readdirSync(dir).filter((f) => f.endsWith('.careerplan.yaml'))) {
        const copy = join(fixtures, name);
        if (!existsSync(copy)) continue;
        assert.equal(readFileSync(copy, 'utf8'), readFileSync(join(dir, name), 'utf8'), `${copy} differs from ${join(dir, name)}: copy it again`);
        compared++;
      }
    }
    assert.ok(compared >= 4, `compared ${compared} plans`);
  });
});
