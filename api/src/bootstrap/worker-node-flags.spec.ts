import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { WORKER_NODE_FLAGS } from './worker-node-flags';

const root = join(__dirname, '..', '..', '..');

describe('worker node flags', () => {
  it('are passed by `npm run worker`, and by `npm run bench:pauses` to time the engine as a worker runs it', () => {
    const scripts = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts as Record<
      string,
      string
    >;
    expect(scripts.worker).toContain(`node ${WORKER_NODE_FLAGS.join(' ')} api/dist/worker.js`);
    expect(scripts['bench:pauses']).toBe(`node ${WORKER_NODE_FLAGS.join(' ')} tests/bench/worker-pauses.js`);
  });

  it('are passed by the worker service of docker/compose.yml', () => {
    const compose = readFileSync(join(root, 'docker', 'compose.yml'), 'utf8');
    const command = JSON.stringify(['node', ...WORKER_NODE_FLAGS, 'api/dist/worker.js']).replace(/,/g, ', ');
    expect(compose).toContain(`command: ${command}`);
  });
});
