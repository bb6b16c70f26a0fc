// A real WordPress for the plugin's tests: Debian's `wordpress` package (6.1), or 6.7 as `.ci/setup wordpress`
// assembles it from WordPress Playground's build package, copied into a temporary directory, its own MariaDB
// server on a socket in that directory, PHP's built-in server on a free loopback port. It
// is installed with WordPress's own functions (there is no wp-cli in Debian 12), and everything it starts
// stops with `stop()`. PHP's notices, warnings and deprecations all go to one log, which the tests read.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** Where each WordPress the tests run is installed (see .ci/setup). */
export const WORDPRESS = {
  '6.1': '/usr/share/wordpress',
  '6.7': join(process.env.BELARUS_SOLIDARITY_CACHE ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'belarus-solidarity'), 'wordpress-6.7'),
};

/** Waits for `ready()` to be true, up to `seconds`. */
async function until(ready, seconds, what) {
  for (const end = Date.now() + seconds * 1000; Date.now() < end; await sleep(100)) {
    if (await ready()) return;
  }
  throw new Error(`${what} did not start within ${seconds} s`);
}

const freePort = () =>
  new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

/** Runs PHP in the site with WordPress loaded, as the command line would, and gives what it prints. */
function php(dir, code, { installing = false } = {}) {
  const prelude = `${installing ? "define('WP_INSTALLING', true); " : ''}$_SERVER['HTTP_HOST'] = '127.0.0.1'; require 'wp-load.php';`;
  return execFileSync('php', ['-d', 'display_errors=stderr', '-r', `${prelude} ${code}`], {
    cwd: dir,
    encoding: 'utf8',
  });
}

/**
 * Starts a fresh site of the given WordPress version with an administrator (`admin`) and an author (`author`),
 * both with the password `password`, in the given WordPress locale, with the given theme (the version's
 * default theme when not given).
 */
export async function startWordPress({ version = '6.1', locale = 'en_US', theme } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'belarus-solidarity-wordpress-'));
  const site = join(dir, 'site');
  const data = join(dir, 'db');
  const socket = join(dir, 'mysql.sock');
  const log = join(dir, 'php-errors.log');
  const processes = [];
  // Each server runs in a process group of its own (PHP's server forks its workers), and the whole group
  // stops, also when the tests stop early.
  const start = (command, args, options) => {
    const child = spawn(command, args, { stdio: 'ignore', detached: true, ...options });
    processes.push(child);
    return child;
  };
  const kill = () => {
    for (const child of processes) {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }
  };
  process.once('exit', kill);
  const stop = async () => {
    const exited = processes.filter((child) => child.exitCode === null && child.signalCode === null).map((child) => new Promise((resolve) => child.once('exit', resolve)));
    kill();
    await Promise.all(exited);
    process.off('exit', kill);
    rmSync(dir, { recursive: true, force: true });
  };

  try {
    const asRoot = process.getuid?.() === 0 ? ['--user=root'] : [];
    execFileSync('mariadb-install-db', ['--no-defaults', `--datadir=${data}`, '--auth-root-authentication-method=socket', '--skip-test-db', ...asRoot], { stdio: 'ignore' });
    start('mariadbd', ['--no-defaults', `--datadir=${data}`, `--socket=${socket}`, '--skip-networking', `--pid-file=${join(dir, 'mariadb.pid')}`, ...asRoot]);
    await until(() => existsSync(socket), 30, 'MariaDB');
    const sql = (statement) => execFileSync('mariadb', ['--no-defaults', `--socket=${socket}`, '-u', 'root', '-N', '-e', statement], { encoding: 'utf8' });
    sql("CREATE DATABASE wordpress; CREATE USER 'wordpress'@'localhost' IDENTIFIED BY 'wordpress'; GRANT ALL ON wordpress.* TO 'wordpress'@'localhost';");

    if (!existsSync(join(WORDPRESS[version], 'wp-load.php'))) throw new Error(`WordPress ${version} is not at ${WORDPRESS[version]}: run .ci/setup wordpress`);
    cpSync(WORDPRESS[version], site, { recursive: true, dereference: true });
    rmSync(join(site, 'wp-config.php'), { force: true });
    const port = await freePort();
    const origin = `http://127.0.0.1:${port}`;
    writeFileSync(
      join(site, 'wp-config.php'),
      `<?php
define('DB_NAME', 'wordpress');
define('DB_USER', 'wordpress');
define('DB_PASSWORD', 'wordpress');
define('DB_HOST', 'localhost:${socket}');
define('DB_CHARSET', 'utf8mb4');
define('DB_COLLATE', '');
${['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT'].map((key) => `define('${key}', '${key} of a test site');`).join('\n')}
$table_prefix = 'wp_';
define('WP_HOME', '${origin}');
define('WP_SITEURL', '${origin}');
define('FS_METHOD', 'direct');
define('WP_DEBUG', true);
define('WP_DEBUG_LOG', '${log}');
define('WP_DEBUG_DISPLAY', false);
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('DISABLE_WP_CRON', true);
if (!defined('ABSPATH')) define('ABSPATH', __DIR__ . '/');
require_once ABSPATH . 'wp-settings.php';
`,
    );
    // The machine has no way to WordPress.org: WordPress asks anyway (for updates, translations, browser
    // versions) and logs a warning each time the connection fails. Here WordPress.org answers that it is
    // unavailable, which WordPress takes quietly, as it would a busy day at WordPress.org.
    mkdirSync(join(site, 'wp-content/mu-plugins'), { recursive: true });
    writeFileSync(
      join(site, 'wp-content/mu-plugins/offline.php'),
      `<?php
add_filter('pre_http_request', function ($response, $args, $url) {
  return false === strpos((string) wp_parse_url($url, PHP_URL_HOST), 'wordpress.org') ? $response
    : array('headers' => array(), 'body' => '', 'response' => array('code' => 503, 'message' => 'Service Unavailable'), 'cookies' => array(), 'filename' => null);
}, 10, 3);
`,
    );
    php(
      site,
      `require_once ABSPATH . 'wp-admin/includes/upgrade.php';
       wp_install('A test site', 'admin', 'admin@example.org', true, '', 'password', '${locale}');
       update_option('WPLANG', '${locale === 'en_US' ? '' : locale}');
       wp_insert_user(['user_login' => 'author', 'user_pass' => 'password', 'user_email' => 'author@example.org', 'role' => 'author']);
       ${theme ? `switch_theme('${theme}');` : ''}`,
      { installing: true },
    );
    // A fresh install's own notices (sendmail missing for the welcome e-mail) are not the plugin's.
    rmSync(log, { force: true });

    // OPcache is off for PHP's command line unless asked for; with it WordPress answers several times faster.
    start('php', ['-d', `error_log=${log}`, '-d', 'log_errors=1', '-d', 'display_errors=0', '-d', 'opcache.enable_cli=1', '-S', `127.0.0.1:${port}`, '-t', site], {
      cwd: site,
      env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4' },
    });
    await until(async () => (await fetch(`${origin}/readme.html`).catch(() => null))?.ok, 30, "PHP's server");

    return {
      version,
      origin,
      dir: site,
      stop,
      sql,
      /** Runs PHP with WordPress loaded. */
      php: (code) => php(site, code),
      /** What PHP has logged since the site started: notices, warnings, deprecations, errors. */
      errors: () => (existsSync(log) ? readFileSync(log, 'utf8') : ''),
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
