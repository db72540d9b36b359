'use strict';
// A worker thread's entry. Node cannot run TypeScript, so the parent hands over event-worker.ts
// compiled to CommonJS (workerData.code), which runs here as that module, at its own path, and
// answers each request the parent sends, one at a time.
const Module = require('module');
const path = require('path');
const { parentPort, workerData } = require('worker_threads');

const compiled = new Module(workerData.filename, module);
compiled.filename = workerData.filename;
compiled.paths = Module._nodeModulePaths(path.dirname(workerData.filename));
compiled._compile(workerData.code, workerData.filename);
parentPort.on('message', request => compiled.exports
  .answer(request, progress => parentPort.postMessage(progress))
  .then(answer => parentPort.postMessage(answer)));
