#!/usr/bin/env node
// `npm run -s psplib -- [--schedules N] [--seed S] [--json FILE] PATH...`
// Solves PSPLIB single-mode instances and prints "<file name> <makespan>" per instance.
const fs = require('fs');
const path = require('path');
const { engine, expandPaths, loadInstance } = require('./psplib-instances');

function usage(message) {
  if (message) process.stderr.write(`psplib: ${message}\n`);
  process.stderr.write('usage: npm run -s psplib -- [--schedules N] [--seed S] [--json FILE] PATH...\n');
  process.exit(2);
}

function parseArgs(argv) {
  const opts = { schedules: 5000, seed: 1, json: null, paths: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) usage(`${a} needs a value`);
      return argv[++i];
    };
    if (a === '--schedules') opts.schedules = Number(value());
    else if (a === '--seed') opts.seed = Number(value());
    else if (a === '--json') opts.json = value();
    else if (a === '--help' || a === '-h') usage();
    else if (a.startsWith('--')) usage(`unknown option ${a}`);
    else opts.paths.push(a);
  }
  if (!Number.isInteger(opts.schedules) || opts.schedules < 1)
    usage('--schedules must be a whole number ≥ 1');
  if (!Number.isInteger(opts.seed)) usage('--seed must be an integer');
  if (opts.paths.length === 0) usage('give at least one .sm file or folder');
  return opts;
}

function main() {
  const opts = parseArgs(process.argv.slice(2));
  let files;
  try {
    files = expandPaths(opts.paths);
  } catch (e) {
    usage(e.message);
  }
  const report = [];
  let failed = 0;
  for (const file of files) {
    const name = path.basename(file);
    let instance;
    try {
      instance = loadInstance(file);
    } catch (e) {
      process.stderr.write(`psplib: ${name}: ${e.message}\n`);
      failed++;
      continue;
    }
    const result = engine.solveRcpsp(instance.problem, { schedules: opts.schedules, seed: opts.seed });
    const violations = engine.checkSchedule(instance.problem, result);
    if (violations.length > 0) {
      process.stderr.write(`psplib: ${name}: infeasible schedule: ${violations[0].message}\n`);
      failed++;
    }
    process.stdout.write(`${name} ${result.makespan}\n`);
    report.push({ instance: name, makespan: result.makespan, starts: Array.from(result.starts) });
  }
  if (opts.json) fs.writeFileSync(opts.json, JSON.stringify(report) + '\n');
  process.exit(failed > 0 ? 1 : 0);
}

main();
