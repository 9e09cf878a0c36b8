// End-to-end harness: a real VS Code (code-server: the web workbench with a Node extension host)
// driven through Debian's chromium with playwright-core, entirely offline.
//
// Every launch gets its own scratch user data, extensions and XDG folders, so tests cannot see
// each other or the developer's own VS Code. Helpers wait on DOM state or log lines, never on
// fixed sleeps. See docs/e2e.md for running and debugging.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { closeSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, basename } from 'node:path';
import { chromium, type Browser, type FrameLocator, type Page } from 'playwright-core';

export interface LaunchOptions {
  /** A packaged extension to install before start-up. */
  vsix?: string;
  /** The folder VS Code opens (absolute, or relative to the repository root). */
  workspace: string;
  /** Display language. Default `en`. */
  locale?: 'en' | 'zh-cn';
  /** User settings, merged over the harness defaults. */
  settings?: Record<string, unknown>;
}

export interface VsCode {
  page: Page;
  browser: Browser;
  /** The address a browser can open while the server runs. */
  url: string;
  /** The session's log folder: `exthost1/remoteexthost.log`, output channels, and so on. */
  logsDir: string;
  /** The scratch folder holding user data, extensions and the server's own log. */
  tempDir: string;
  /** Runs a command by its palette title, e.g. `Career Plan: Mark Done`. */
  runCommand(title: string): Promise<void>;
  /** Opens a workspace file through Quick Open and waits until its editor is active. */
  openFile(relPath: string): Promise<void>;
  /** Moves the active editor's cursor to a 1-based line with Go to Line and waits for the status bar to show it there. */
  goToLine(line: number): Promise<void>;
  /**
   * Presses Ctrl+S until the file on disk satisfies `accept` and returns its text: Ctrl+S is
   * ignored while an edit is still arriving, and a save in progress can be read empty or half-written.
   */
  saveUntil(file: string, accept: (text: string) => boolean, what: string): Promise<string>;
  /** The document inside the active webview (its outer frame, then the frame holding the page). */
  webview(): FrameLocator;
  /** Waits until a log file matching `glob` (relative to `logsDir`) contains `pattern`; returns the match. */
  waitForLog(pattern: RegExp, glob?: string, timeoutMs?: number): Promise<RegExpMatchArray>;
  /** Opens the Problems panel and returns the text of every row (files and their problems). */
  problems(): Promise<string[]>;
  /** Saves a PNG into test-results/e2e/NAME.png and returns its path. */
  screenshot(name: string): Promise<string>;
  /** Waits until an element matching `selector` contains `text`. */
  waitForText(selector: string, text: string | RegExp, timeoutMs?: number): Promise<void>;
  /** Reads every row of a (virtualised) list or tree, scrolling through it. */
  listRows(containerSelector: string): Promise<string[]>;
  /** Stops browser and server (the whole process group) and removes the scratch folder. */
  close(): Promise<void>;
}

const codeServerEntry = resolve('.e2e/code-server/node_modules/code-server/out/node/entry.js');
const chromiumPath = process.env.E2E_CHROMIUM ?? '/usr/bin/chromium';
const keep = process.env.E2E_KEEP === '1';
const defaultTimeout = 30_000;

/** The settings every session starts from: nothing may open on its own or reach the network. */
const baseSettings: Record<string, unknown> = {
  'workbench.startupEditor': 'none',
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'workbench.enableExperiments': false,
  'workbench.tips.enabled': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.settings.enableNaturalLanguageSearch': false,
  'chat.commandCenter.enabled': false,
  'npm.fetchOnlinePackageInfo': false,
  'json.schemaDownload.enable': false,
  'typescript.disableAutomaticTypeAcquisition': true,
  // redhat.vscode-yaml would otherwise fetch the schema store catalogue.
  'yaml.schemaStore.enable': false,
  'git.autofetch': false,
};

export async function launchVsCode(options: LaunchOptions): Promise<VsCode> {
  if (!existsSync(codeServerEntry)) {
    throw new Error('code-server is not installed: run scripts/e2e/install-code-server.sh (or npm run e2e)');
  }
  const workspace = resolve(options.workspace);
  const locale = options.locale ?? 'en';
  const tempDir = mkdtempSync(join(tmpdir(), 'careerplan-e2e-'));
  const dirs = {
    userData: join(tempDir, 'user-data'),
    extensions: join(tempDir, 'extensions'),
    xdgConfig: join(tempDir, 'xdg-config'),
    xdgData: join(tempDir, 'xdg-data'),
    xdgCache: join(tempDir, 'xdg-cache'),
  };
  for (const dir of Object.values(dirs)) mkdirSync(dir, { recursive: true });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    // An empty gallery: no marketplace queries, no update checks against it.
    EXTENSIONS_GALLERY: '{}',
    // code-server writes its config.yaml (and reads a password) there.
    XDG_CONFIG_HOME: dirs.xdgConfig,
    XDG_DATA_HOME: dirs.xdgData,
    XDG_CACHE_HOME: dirs.xdgCache,
  };
  const common = ['--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions];

  let server: ChildProcess | undefined;
  let untrack = () => {};
  const killGroup = (signal: NodeJS.Signals) => {
    try {
      if (server?.pid) process.kill(-server.pid, signal);
    } catch {
      // already gone
    }
  };
  const serverLog = join(tempDir, 'code-server.log');
  let browser: Browser | undefined;
  let url = '';
  let logsDir = '';
  const close = async () => {
    untrack();
    await browser?.close().catch(() => undefined);
    if (keep) {
      server?.unref();
      console.log(`[e2e] kept: ${url || '(no url)'}  (scratch ${tempDir}; stop with: kill -- -${server?.pid})`);
      return;
    }
    if (server) await stopProcessGroup(server, killGroup);
    rmSync(tempDir, { recursive: true, force: true });
  };

  try {
    const userDir = join(dirs.userData, 'User');
    mkdirSync(userDir, { recursive: true });
    writeFileSync(join(userDir, 'settings.json'), JSON.stringify({ ...baseSettings, ...options.settings }, null, 2));
    if (locale !== 'en') registerEmptyLanguagePack(dirs.userData, locale);
    if (options.vsix) {
      const r = spawnSync(process.execPath, [codeServerEntry, ...common, '--install-extension', resolve(options.vsix)], {
        env,
        encoding: 'utf8',
        timeout: 60_000,
      });
      if (r.status !== 0) throw new Error(`installing ${options.vsix} failed:\n${r.stdout}\n${r.stderr}`);
    }

    const logFd = openSync(serverLog, 'a');
    server = spawn(
      process.execPath,
      [
        codeServerEntry,
        ...common,
        // Port 0: the kernel picks a free port, read back from the log, so parallel runs never collide.
        '--bind-addr', '127.0.0.1:0',
        '--auth', 'none',
        // Wins over argv.json and the browser's Accept-Language; see registerEmptyLanguagePack.
        '--locale', locale,
        '--disable-telemetry',
        '--disable-update-check',
        '--disable-workspace-trust',
        // Otherwise code-server replaces the welcome page with its own, which opens on start-up.
        '--disable-getting-started-override',
      ],
      // Its own process group, so close() also ends the extension host and language servers.
      { env, detached: true, stdio: ['ignore', logFd, logFd] },
    );
    closeSync(logFd);
    const started = server;
    // A test runner that dies mid-test must not leave servers behind.
    if (!keep) {
      untrack = track(() => {
        killGroup('SIGKILL');
        rmSync(tempDir, { recursive: true, force: true, maxRetries: 3 });
      });
    }

    const port = await until(
      () => /HTTP server listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(readText(serverLog))?.[1],
      'code-server to listen',
      defaultTimeout,
      () => (started.exitCode !== null ? 'code-server exited' : undefined),
    );
    const base = `http://127.0.0.1:${port}`;
    await until(async () => (await fetch(`${base}/healthz`).catch(() => undefined))?.ok, 'code-server /healthz', defaultTimeout);
    url = `${base}/?folder=${encodeURIComponent(workspace)}`;

    browser = await chromium.launch({
      executablePath: chromiumPath,
      headless: true,
      // Containers (and root) have no user namespaces for chromium's sandbox.
      chromiumSandbox: false,
      // `headless: true` adds --headless, `chromiumSandbox: false` adds --no-sandbox.
      args: [
        '--disable-gpu', // no GPU in CI; software rendering is enough for screenshots
        '--disable-quic',
        '--no-first-run',
        // Chromium's own traffic (component updates, sync, safe browsing lists) cannot succeed offline
        // and only adds noise and delay.
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    const context = await browser.newContext({
      viewport: { width: 1600, height: 1000 },
      // navigator.language and Accept-Language; the workbench language itself comes from --locale.
      locale: locale === 'zh-cn' ? 'zh-CN' : 'en-US',
    });
    const page = await context.newPage();
    page.setDefaultTimeout(defaultTimeout);
    const consoleLog = join(tempDir, 'browser-console.log');
    page.on('console', (m) => appendLine(consoleLog, `[${m.type()}] ${m.text()}`));
    page.on('pageerror', (e) => appendLine(consoleLog, `[pageerror] ${e.stack ?? e.message}`));

    await page.goto(url);
    await page.locator('.monaco-workbench').waitFor();
    // The server creates its log folder when the window connects.
    logsDir = await until(() => newestDir(join(dirs.userData, 'logs')), 'the log folder', defaultTimeout);
    const session = makeHelpers(page, logsDir);
    await session.waitForLog(/Eager extensions activated/, 'exthost*/remoteexthost.log');
    return { page, browser, url, logsDir, tempDir, ...session, close };
  } catch (error) {
    // The scratch folder goes away with close(): put what explains the failure in the error.
    const detail = [
      url && `url: ${url}`,
      `code-server log (end):\n${tail(readText(serverLog))}`,
      `browser console (end):\n${tail(readText(join(tempDir, 'browser-console.log')))}`,
    ];
    await close().catch(() => undefined);
    if (error instanceof Error) error.message += `\n${detail.filter(Boolean).join('\n')}`;
    throw error;
  }
}

/** Kill functions of the servers still running, for an abrupt end of the test process. */
const live = new Set<() => void>();
let hooked = false;

function track(kill: () => void): () => void {
  if (!hooked) {
    hooked = true;
    process.on('exit', () => live.forEach((k) => k()));
    // Ctrl+C or a CI timeout: stop the servers, then die of the same signal as intended.
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.once(signal, () => {
        live.forEach((k) => k());
        process.kill(process.pid, signal);
      });
    }
  }
  live.add(kill);
  return () => live.delete(kill);
}

function tail(text: string, lines = 30): string {
  return text.trimEnd().split('\n').slice(-lines).join('\n');
}

type Helpers = Omit<VsCode, 'page' | 'browser' | 'url' | 'logsDir' | 'tempDir' | 'close'>;

function makeHelpers(page: Page, logsDir: string): Helpers {
  const quickInput = page.locator('.quick-input-widget');
  const quickInputBox = quickInput.locator('.quick-input-box input');

  /** Types into an open quick input and picks the row whose aria-label satisfies `matches`. */
  async function pick(typed: string, matches: (label: string) => boolean, what: string) {
    await quickInputBox.fill(typed);
    const rows = quickInput.locator('.quick-input-list .monaco-list-row');
    let seen: string[] = [];
    const label = await until(
      async () => {
        seen = await rows.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
        return seen.find(matches);
      },
      what,
      defaultTimeout,
    ).catch((error: Error) => {
      error.message += `; rows shown: ${JSON.stringify(seen)}`;
      throw error;
    });
    // By label, not position: results keep arriving and re-ordering while the list is open.
    await rows.and(page.locator(`[aria-label="${label.replace(/["\\]/g, '\\$&')}"]`)).first().click();
  }

  const helpers: Helpers = {
    async runCommand(title) {
      await page.keyboard.press('F1');
      await quickInputBox.waitFor();
      // Palette rows are labelled "Category: Title" followed by the keybinding, if any.
      await pick(`>${title}`, (label) => label === title || label.startsWith(`${title}, `), `command "${title}" in the palette`);
    },

    async openFile(relPath) {
      const name = basename(relPath);
      await page.keyboard.press('Control+P');
      await quickInputBox.waitFor();
      const folder = relPath.includes('/') ? relPath.slice(0, relPath.lastIndexOf('/')) : '';
      // Quick Open rows read "NAME, DIRECTORY" (or just NAME at the workspace root).
      await pick(relPath, (label) => label.startsWith(name) && label.includes(folder), `"${relPath}" in Quick Open`);
      await page.locator(`.tabs-container .tab.active[aria-label^="${name}"]`).waitFor();
      await page.locator('.editor-group-container.active .monaco-editor .view-lines').waitFor();
    },

    async goToLine(line) {
      await page.keyboard.press('Control+G');
      await page.keyboard.type(String(line));
      await page.keyboard.press('Enter');
      await until(async () => new RegExp(`\\bLn ${line},`).test(await page.locator('.statusbar').innerText()), `the cursor on line ${line}`);
    },

    async saveUntil(file, accept, what) {
      return until(async () => {
        await page.keyboard.press('Control+S');
        const text = readText(file);
        return accept(text) && text;
      }, what);
    },

    webview() {
      return page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
    },

    async waitForLog(pattern, glob = 'exthost*/**/*.log', timeoutMs = defaultTimeout) {
      const matcher = globToRegExp(glob);
      return until(
        () => {
          for (const file of listFiles(logsDir)) {
            if (!matcher.test(relative(logsDir, file))) continue;
            pattern.lastIndex = 0; // a /g or /y pattern would resume where its last search ended
            const m = pattern.exec(readText(file));
            if (m) return m;
          }
          return undefined;
        },
        `log ${pattern} in ${glob}`,
        timeoutMs,
      );
    },

    async problems() {
      const panel = page.locator('.markers-panel');
      if (!(await panel.isVisible())) await helpers.runCommand('Problems: Focus on Problems View');
      await panel.waitFor();
      // With no problems the view hides its tree and shows a message instead.
      const shown = await until(
        async () => {
          if (await panel.locator('.tree-container:not(.hidden) .monaco-list-row').count()) return 'rows';
          return (await panel.locator('.message-box-container').isVisible()) && 'message';
        },
        'the Problems view to render',
        defaultTimeout,
      );
      return shown === 'message' ? [] : helpers.listRows('.markers-panel .tree-container .monaco-list');
    },

    async screenshot(name) {
      const dir = resolve('test-results/e2e');
      mkdirSync(dir, { recursive: true });
      const path = join(dir, `${name.replace(/[^\w.-]+/g, '-')}.png`);
      await page.screenshot({ path });
      return path;
    },

    async waitForText(selector, text, timeoutMs = defaultTimeout) {
      const elements = page.locator(selector);
      await until(
        async () => {
          // The editor renders spaces as no-break spaces.
          const contents = await elements.evaluateAll((els) => els.map((e) => (e.textContent ?? '').replace(/\u00a0/g, ' ')));
          return contents.some((c) => (typeof text === 'string' ? c.includes(text) : text.test(c))) || undefined;
        },
        `${text} in ${selector}`,
        timeoutMs,
      );
    },

    async listRows(containerSelector) {
      // Lists render only the rows in view: read them, scroll by a page with the wheel (as a user
      // would), wait until the list has moved, and collect rows by their index.
      const list = page.locator(containerSelector).first();
      await list.waitFor();
      const read = () =>
        list.evaluate((el) => {
          const body = el.querySelector('.monaco-list-rows');
          // The rows container is shifted up by the scroll offset (through `top`, or a transform).
          const shift = (value: string | undefined) => parseFloat(value ?? '') || 0;
          const translated = /translate3d\([^,]+,\s*(-?[\d.]+)px/.exec(body?.style.transform ?? '')?.[1];
          const scrollTop = -(shift(body?.style.top) + shift(translated));
          return {
            rows: [...el.querySelectorAll('.monaco-list-row')].map(
              (r: { dataset: { index: string }; innerText: string }) => [Number(r.dataset.index), r.innerText.replace(/\s*\n\s*/g, ' ').trim()] as const,
            ),
            scrollTop,
            scrollHeight: parseFloat(body?.style.height ?? '0') || 0,
            viewport: el.clientHeight,
          };
        });
      const rows = new Map<number, string>();
      let wheel = 0;
      for (let state = await read(); ; ) {
        for (const [i, text] of state.rows) rows.set(i, text);
        if (state.scrollTop + state.viewport >= state.scrollHeight - 1) break;
        // Scroll by a little less than a page; the wheel-to-pixels ratio is learnt from each step.
        const step = Math.max(state.viewport - 30, 10);
        wheel ||= step;
        const before = state.scrollTop;
        await list.hover();
        await page.mouse.wheel(0, wheel);
        state = await until(async () => {
          const now = await read();
          return now.scrollTop !== before ? now : undefined;
        }, `${containerSelector} to scroll`);
        const moved = state.scrollTop - before;
        if (moved > 0 && moved < step) wheel = (wheel * step) / moved;
      }
      return [...rows.entries()].sort((a, b) => a[0] - b[0]).map(([, text]) => text);
    },
  };
  return helpers;
}

/**
 * VS Code in the browser changes language only when a language pack for it is registered in
 * `languagepacks.json` (its install step writes it): with --locale alone, the workbench and the
 * extension host stay English. The real packs come from the marketplace, so this registers an
 * empty one. VS Code's own strings stay English (stable titles to drive the UI by), while
 * extensions get `vscode.env.language` = LOCALE, hence their package.nls.LOCALE.json and
 * vscode.l10n bundles.
 */
function registerEmptyLanguagePack(userData: string, locale: string) {
  const translations = join(userData, `empty-language-pack.${locale}.json`);
  writeFileSync(translations, JSON.stringify({ version: '1.0.0', contents: {} }));
  const pack = {
    hash: `empty-${locale}`,
    extensions: [{ extensionIdentifier: { id: `e2e.language-pack-${locale}` }, version: '0.0.0' }],
    translations: { vscode: translations },
    label: locale,
  };
  writeFileSync(join(userData, 'languagepacks.json'), JSON.stringify({ [locale]: pack }));
}

/** A scratch folder holding copies of `files` (paths relative to the repository root). Remove it when done. */
export function makeWorkspace(files: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'careerplan-ws-'));
  for (const file of files) copyFileSync(resolve(file), join(dir, basename(file)));
  return dir;
}

/**
 * Polls `probe` until it returns something other than undefined (or false), then returns it.
 * Polling the state itself is what makes the wait exact: no fixed sleep can be both safe and fast.
 */
export async function until<T>(
  probe: () => T | undefined | false | Promise<T | undefined | false>,
  what: string,
  timeoutMs = defaultTimeout,
  abort?: () => string | undefined,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    const reason = abort?.();
    if (reason) throw new Error(`gave up waiting for ${what}: ${reason}`);
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function stopProcessGroup(child: ChildProcess, killGroup: (s: NodeJS.Signals) => void) {
  if (child.exitCode !== null || child.signalCode !== null) {
    killGroup('SIGKILL'); // children may outlive the leader
    return;
  }
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  killGroup('SIGTERM');
  const timer = setTimeout(() => killGroup('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
  killGroup('SIGKILL');
}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

function appendLine(file: string, line: string) {
  writeFileSync(file, `${line}\n`, { flag: 'a' });
}

function newestDir(dir: string): string | undefined {
  if (!existsSync(dir)) return undefined;
  const names = readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  return names.length ? join(dir, names[names.length - 1]) : undefined;
}

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? listFiles(join(dir, d.name)) : [join(dir, d.name)],
  );
}

/** `**` spans folders, `*` and `?` stay within one path segment. */
export function globToRegExp(glob: string): RegExp {
  let source = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      source += glob[i + 2] === '/' ? '(?:.*/)?' : '.*';
      i += glob[i + 2] === '/' ? 2 : 1;
    } else if (c === '*') source += '[^/]*';
    else if (c === '?') source += '[^/]';
    else source += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}
