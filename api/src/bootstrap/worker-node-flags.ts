/**
 * Node's V8 flags for a worker process. A worker's heap holds the API's modules (about 70 MB), and
 * every forecast run parses its input and allocates its chunks' samples anew: grown from V8's small
 * default initial heap, that set off storms of full collections at a run's start (12–33 per worker
 * over four runs of bench:jobs, 3–5 with these flags) and slowed its first chunks by up to 2×. The
 * heap only starts larger; it is not committed up front. V8 does not take the flag from
 * NODE_OPTIONS, so each way of starting a worker passes it: the launcher, `npm run worker`, the
 * worker service of docker/compose.yml and the tests (worker-node-flags.spec.ts checks they agree).
 */
export const WORKER_NODE_FLAGS: readonly string[] = ['--initial-heap-size=256'];
