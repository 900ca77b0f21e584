// Preloaded into the language server (node --require) by test/protocol/sandbox.test.ts.
// Records and refuses every attempt to open a network connection or start a process,
// and writes what it saw to SANDBOX_REPORT when the process exits.
'use strict';
const fs = require('node:fs');
const net = require('node:net');
const http = require('node:http');
const https = require('node:https');
const http2 = require('node:http2');
const dgram = require('node:dgram');
const tls = require('node:tls');
const childProcess = require('node:child_process');
const workerThreads = require('node:worker_threads');

const reportFile = process.env.SANDBOX_REPORT;
const attempts = [];

function refuse(what) {
  return function refused() {
    attempts.push({ what, stack: new Error().stack.split('\n').slice(2, 8).join('\n') });
    throw new Error(`sandbox: ${what} is not allowed in the language server`);
  };
}

function patch(target, name, label) {
  if (target && typeof target[name] === 'function') target[name] = refuse(label);
}

patch(net.Socket.prototype, 'connect', 'net.Socket#connect');
patch(net, 'connect', 'net.connect');
patch(net, 'createConnection', 'net.createConnection');
patch(net, 'createServer', 'net.createServer');
patch(tls, 'connect', 'tls.connect');
for (const [mod, label] of [
  [http, 'http'],
  [https, 'https'],
]) {
  patch(mod, 'request', `${label}.request`);
  patch(mod, 'get', `${label}.get`);
  patch(mod, 'createServer', `${label}.createServer`);
}
patch(http2, 'connect', 'http2.connect');
patch(dgram, 'createSocket', 'dgram.createSocket');
for (const name of ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork']) {
  patch(childProcess, name, `child_process.${name}`);
}
workerThreads.Worker = refuse('worker_threads.Worker');
if (typeof globalThis.fetch === 'function') globalThis.fetch = refuse('fetch');

// What the stdio pipes are: with `stdio: 'pipe'` they are pipes, not sockets connected by the server.
const stdioKinds = [0, 1, 2].map((fd) => {
  try {
    const stat = fs.fstatSync(fd);
    return stat.isFIFO()
      ? 'pipe'
      : stat.isSocket()
        ? 'socket'
        : stat.isFile()
          ? 'file'
          : stat.isCharacterDevice()
            ? 'tty'
            : 'other';
  } catch {
    return 'closed';
  }
});

process.on('exit', () => {
  // The libuv handle behind stdin/stdout: `Pipe` for stdio pipes, `TCP` would be a network socket.
  const handleOf = (stream) =>
    stream && stream._handle && stream._handle.constructor ? stream._handle.constructor.name : 'none';
  const stdioHandles = { stdin: handleOf(process.stdin), stdout: handleOf(process.stdout) };
  if (reportFile)
    fs.writeFileSync(reportFile, JSON.stringify({ attempts, stdioKinds, stdioHandles, pid: process.pid }, null, 2));
});
