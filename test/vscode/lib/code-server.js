// Shared helpers to run a real VS Code offline: code-server (workbench + extension host,
// installed by scripts/provision-vscode.sh) in its own process group, driven by Debian chromium.
'use strict';
const { spawn, spawnSync } = require('child_process');
const fs = require('fs');
const net = require('net');
const os = require('os');
const path = require('path');

const CODE_SERVER_VERSION = process.env.CODE_SERVER_VERSION || '4.100.3';
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
// Without the networking flags chromium keeps trying to reach Google (refused here, noisy and slow).
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

function cacheDir() {
  return process.env.STATUS_CODES_VSCODE_CACHE || path.join(os.homedir(), '.cache', 'status-codes-vscode');
}

/** Path of the provisioned code-server binary (env CODE_SERVER_BIN overrides). */
function codeServerBin() {
  const bin =
    process.env.CODE_SERVER_BIN ||
    path.join(cacheDir(), `code-server-${CODE_SERVER_VERSION}`, 'node_modules', '.bin', 'code-server');
  if (!fs.existsSync(bin)) throw new Error(`code-server not found at ${bin}: run scripts/provision-vscode.sh`);
  return bin;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** Keeps code-server's config.yaml and chromium's XDG state out of $HOME. */
function isolatedEnv(stateDir) {
  const env = { ...process.env, CODE_SERVER_CONFIG: path.join(stateDir, 'config.yaml') };
  for (const k of ['CONFIG', 'DATA', 'CACHE', 'STATE'])
    env[`XDG_${k}_HOME`] = path.join(stateDir, `xdg-${k.toLowerCase()}`);
  return env;
}

const groupAlive = (pgid) => {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
};
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Starts code-server detached (its own session and process group: a file-watcher child outlives
 * the main process, so we kill the whole group) and waits for /healthz.
 */
async function startCodeServer({
  userDataDir,
  extensionsDir,
  port,
  host = '127.0.0.1',
  extraArgs = [],
  verbose = false,
}) {
  port = port || (await freePort());
  fs.mkdirSync(userDataDir, { recursive: true });
  fs.mkdirSync(extensionsDir, { recursive: true });
  const args = [
    '--bind-addr',
    `${host}:${port}`,
    '--auth',
    'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--ignore-last-opened',
    '--user-data-dir',
    userDataDir,
    '--extensions-dir',
    extensionsDir,
    ...extraArgs,
  ];
  const child = spawn(codeServerBin(), args, {
    env: isolatedEnv(userDataDir),
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stopped = false;
  // Harmless offline noise: the marketplace and the proprietary 'vsda' module are unreachable here.
  const noise = /vsda|open-vsx|ENOTFOUND|^\s*$/;
  child.stdout.on('data', (d) => {
    if (verbose && !stopped) process.stdout.write(d);
  });
  child.stderr.on('data', (d) => {
    if (stopped) return; // shutdown chatter (cancelled watchers) is not interesting
    const lines = String(d)
      .split('\n')
      .filter((l) => verbose || !noise.test(l));
    if (lines.length) process.stderr.write(`${lines.join('\n')}\n`);
  });
  const pgid = child.pid;

  const stop = async () => {
    if (stopped) return;
    stopped = true;
    try {
      process.kill(-pgid, 'SIGTERM');
    } catch {
      return;
    }
    for (let i = 0; i < 50 && groupAlive(pgid); i++) await sleep(100);
    if (groupAlive(pgid)) {
      try {
        process.kill(-pgid, 'SIGKILL');
      } catch {
        /* gone */
      }
    }
  };
  // last resort when our process exits abruptly: synchronous kill of the group
  process.once('exit', () => {
    if (!stopped) {
      try {
        process.kill(-pgid, 'SIGKILL');
      } catch {
        /* gone */
      }
    }
  });

  const url = `http://${host}:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`code-server exited early with code ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error('code-server did not answer /healthz within 60 s');
    }
    await sleep(200);
  }
  return { url, host, port, pid: pgid, stop };
}

/** User settings for a clean, quiet workbench: no welcome page, tips, chat or network lookups. */
const QUIET_USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'chat.commandCenter.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'update.mode': 'none',
  'git.enabled': false,
  'editor.hover.delay': 150,
};

function writeUserSettings(userDataDir, settings = QUIET_USER_SETTINGS) {
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.writeFileSync(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify(settings, null, 2));
}

/** `code-server --install-extension x.vsix` into the given extensions dir. */
function installExtension(vsix, extensionsDir, userDataDir) {
  const r = spawnSync(
    codeServerBin(),
    ['--install-extension', vsix, '--force', '--extensions-dir', extensionsDir, '--user-data-dir', userDataDir],
    { env: isolatedEnv(userDataDir), encoding: 'utf8' },
  );
  if (r.status !== 0) throw new Error(`install-extension failed (${r.status}): ${r.stderr || r.stdout}`);
}

/** Headless chromium with a fresh throwaway profile; close() also deletes the profile. */
async function launchBrowser({ viewport = { width: 1400, height: 900 }, env } = {}) {
  const { chromium } = require('playwright-core');
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'status-codes-chromium-'));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport,
    args: CHROMIUM_ARGS,
    env: env || isolatedEnv(profile),
  });
  const close = async () => {
    await ctx.close().catch(() => {});
    fs.rmSync(profile, { recursive: true, force: true });
  };
  return { ctx, page: ctx.pages()[0] || (await ctx.newPage()), close };
}

/** Phase timer: `const t = phase('build'); ...; t.end()` prints the elapsed seconds. */
function phase(label, prefix = 'vscode-test') {
  const t0 = Date.now();
  console.log(`[${prefix}] ${label}...`);
  return {
    end: (extra = '') =>
      console.log(`[${prefix}] ${label}: ${((Date.now() - t0) / 1000).toFixed(1)} s ${extra}`.trimEnd()),
  };
}

module.exports = {
  QUIET_USER_SETTINGS,
  writeUserSettings,
  codeServerBin,
  freePort,
  startCodeServer,
  installExtension,
  launchBrowser,
  phase,
  sleep,
  cacheDir,
};
