// The WordPress plugin's PHP on the oldest PHP it says it runs on (readme.txt: "Requires PHP: 7.4") and on the
// newest PHP release (8.5), beside Debian's PHP 8.2, which the other WordPress tests use and which is the
// reference here. Debian has only 8.2; the other two are PHP's WebAssembly builds for Node (WordPress
// Playground's @php-wasm/*), which `.ci/setup wordpress` installs into the cache with the rest of WordPress 6.7.
//
// Each PHP lints every plugin file, then installs a real WordPress 6.7 (WordPress's own wp_install(), no mock)
// in one temporary copy, each PHP on its own SQLite database (php-wasm cannot reach MariaDB; WordPress
// Playground runs WordPress on SQLite the same way, with the SQLite Database Integration drop-in), activates the
// plugin, and runs its routes with E_ALL and an error handler that records every notice, warning and
// deprecation: the block through do_blocks(), the shortcode through do_shortcode(), the banner's settings through
// their sanitize callback and their fields, the banner itself, the checks on hostile values, WordPress's HTML
// filter with the element's attributes, the widget's script tag, and uninstalling. The test asks that nothing
// is reported from a plugin file, and that every PHP gives exactly what Debian's 8.2 gives.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, realpathSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { Worker } from 'node:worker_threads';

const CACHE = process.env.BELARUS_SOLIDARITY_CACHE ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'belarus-solidarity');
const WORDPRESS = join(CACHE, 'wordpress-6.7');
const SQLITE = join(CACHE, 'sqlite-database-integration');
const PHP_WASM = join(CACHE, 'php-wasm/node_modules/@php-wasm');
const PLUGIN = fileURLToPath(new URL('../wordpress/', import.meta.url));
const FILES = readdirSync(PLUGIN).filter((name) => name.endsWith('.php')).sort();

/** The oldest PHP the plugin says it runs on, Debian's (which the others are compared with), the newest release. */
const REFERENCE = '8.2';
const VERSIONS = ['7.4', REFERENCE, '8.5'];

/** The values the element's own tests paste into every attribute (test/hostile-values.ts), read from there. */
const HOSTILE = new Function(
  `return [${readFileSync(new URL('./hostile-values.ts', import.meta.url), 'utf8').match(/export const HOSTILE = \[([\s\S]*?)\n\];/)[1]}]`,
)();

/** Where the routes' script marks the start of what it reports, after anything WordPress may have printed. */
const MARK = '<<<belarus-solidarity-php>>>';

/**
 * Records every notice, warning and deprecation from the first line on (the plugin's files are compiled and
 * run inside wp-load.php), and, at the end, prints what the script collected, with the fatal error that
 * stopped it if one did. The handler takes over from PHP's own reporting, so nothing is printed or logged.
 */
const RECORD = `<?php
error_reporting( E_ALL );
$GLOBALS['belarus_solidarity_report'] = array( 'outputs' => array(), 'errors' => array() );
set_error_handler(
	function ( $level, $message, $file = '', $line = 0 ) {
		// Silenced with @: WordPress's own way of asking whether something works.
		if ( ! ( error_reporting() & $level ) ) {
			return false;
		}
		// The plugin's own line that led there, when the problem is in WordPress's code the plugin called.
		$via = '';
		foreach ( debug_backtrace( DEBUG_BACKTRACE_IGNORE_ARGS ) as $frame ) {
			if ( isset( $frame['file'] ) && false !== strpos( $frame['file'], '/plugins/belarus-solidarity/' ) ) {
				$via = $frame['file'] . ':' . $frame['line'];
				break;
			}
		}
		$GLOBALS['belarus_solidarity_report']['errors'][] = compact( 'level', 'message', 'file', 'line', 'via' );
		return true;
	}
);
register_shutdown_function(
	function () {
		$report = $GLOBALS['belarus_solidarity_report'];
		$last   = error_get_last();
		if ( $last && in_array( $last['type'], array( E_ERROR, E_PARSE, E_CORE_ERROR, E_COMPILE_ERROR, E_USER_ERROR, E_RECOVERABLE_ERROR ), true ) ) {
			$report['errors'][] = array( 'level' => $last['type'], 'message' => $last['message'], 'file' => $last['file'], 'line' => $last['line'] );
		}
		// Text that is not UTF-8 is reported as bytes rather than lost by json_encode().
		$utf8 = function ( $value ) use ( &$utf8 ) {
			if ( is_array( $value ) ) {
				return array_map( $utf8, $value );
			}
			return is_string( $value ) && ! preg_match( '//u', $value ) ? array( 'not UTF-8' => bin2hex( $value ) ) : $value;
		};
		echo "\\n${MARK}", json_encode( $utf8( $report ), JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE );
	}
);
/** Runs one route and keeps what it gives; a route that throws is reported, and the others still run. */
function belarus_solidarity_route( $name, $route ) {
	try {
		$output = $route();
	} catch ( Throwable $error ) {
		$output = 'threw ' . get_class( $error ) . ': ' . $error->getMessage();
		$GLOBALS['belarus_solidarity_report']['errors'][] = array( 'level' => get_class( $error ), 'message' => $error->getMessage(), 'file' => $error->getFile(), 'line' => $error->getLine() );
	}
	$GLOBALS['belarus_solidarity_report']['outputs'][ $name ] = $output;
}
/** What a piece of code prints. */
function belarus_solidarity_printed( $code ) {
	ob_start();
	try {
		$code();
	} finally {
		$printed = ob_get_clean();
	}
	return $printed;
}
$_SERVER['HTTP_HOST'] = 'example.org';
`;

/** Installs the site and activates the plugin, as the administrator does from the Plugins screen. */
const INSTALL = `<?php
require __DIR__ . '/record-errors.php';
define( 'WP_INSTALLING', true );
require __DIR__ . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
belarus_solidarity_route( 'php', function () {
	return PHP_MAJOR_VERSION . '.' . PHP_MINOR_VERSION;
} );
belarus_solidarity_route( 'installed', function () {
	$installed = wp_install( 'A test site', 'admin', 'admin@example.org', true, '', 'password' );
	return is_wp_error( $installed ) ? $installed->get_error_message() : 'installed';
} );
belarus_solidarity_route( 'activated', function () {
	$activated = activate_plugin( 'belarus-solidarity/belarus-solidarity.php' );
	return is_wp_error( $activated ) ? $activated->get_error_message() . ' ' . wp_json_encode( $activated->get_error_data() ) : 'activated';
} );
`;

const block = (attributes) => `<!-- wp:belarus-solidarity/countdown ${attributes ? `${JSON.stringify(attributes)} ` : ''}/-->`;
const php = (value) => `'${String(value).replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;
const phpArray = (values) => `array( ${values.map(php).join(', ')} )`;

/** Values for the checks: the element's hostile values, and what each of the plugin's checks turns on. */
const VALUES = [
  ...HOSTILE,
  'javascript:alert(1)',
  ' java\tscript:x',
  '<img src=x onerror=1>',
  'x'.repeat(20_000),
  'Europe/minsk',
  'europe/MINSK',
  'UTC',
  '366',
  '365',
  '+7',
  '007',
  '0',
  '7.0',
  '١',
  'pt_BR',
  'ru-RU',
  'BE',
  'zz',
  'compact',
  ' COMPACT ',
  'auto',
  'minute',
  '3',
  'https://example.org/join?a=1&b=2',
  'HTTPS://example.org/<x>',
  'http://exa mple.org/',
  'mailto:join@example.org',
  '/join',
  '//evil.example/',
  'join',
  'ftp://example.org/',
  `https://example.org/${'x'.repeat(2_000)}`,
  'a\u0000b',
  'line\r\nbreak',
  'Міжнародны дзень салідарнасці з Беларуссю '.repeat(30),
  '😀'.repeat(300),
];
const NAMES = ['layout', 'theme', 'precision', 'lang', 'heading-level', 'show-days-before', 'time-zone', 'join-url', 'join-label', 'heading', 'message', 'unknown'];
const ATTRIBUTES = ['layout', 'theme', 'lang', 'time-zone', 'join-url', 'join-label', 'precision', 'show-days-before', 'heading-level'];

/** The plugin's routes, on the site as a visitor's request finds it. */
const ROUTES = `<?php
require __DIR__ . '/record-errors.php';
require __DIR__ . '/wp-load.php';

belarus_solidarity_route( 'active', function () {
	return array( function_exists( 'belarus_solidarity_check' ), get_option( 'active_plugins' ) );
} );

// The block as a post holds it, through WordPress's own parser, attribute checks and render callback.
belarus_solidarity_route( 'blocks', function () {
	$blocks = array(
		${[
          block({ layout: 'compact', lang: 'pl', joinUrl: 'https://example.org/join?a=1&b=2', heading: 'x' }),
          block(),
          block({ layout: 'banner', theme: 'dark', lang: 'be', timeZone: 'Europe/minsk', joinUrl: '/join', joinLabel: 'Join us', precision: 'day', showDaysBefore: '14', headingLevel: '3', heading: 'Heading', message: 'A message', align: 'wide', className: 'extra' }),
          block({ layout: '<script>', theme: 'neon', lang: 'xx', timeZone: 'Mars/Base', joinUrl: 'javascript:alert(1)', joinLabel: '<b>x</b>', precision: 'hour', showDaysBefore: '366', headingLevel: '7', heading: '"><script>alert(1)</script>', message: 'x'.repeat(1_001) }),
          block({ layout: ['card'], theme: { dark: true }, lang: null, showDaysBefore: 7, headingLevel: 2, heading: false, message: 1.5 }),
          `<p>Before</p>${block({ joinUrl: ' java\tscript:x', lang: 'pt_BR' })}<p>After</p>`,
        ]
          .map(php)
          .join(',\n\t\t')}
	);
	return array_map( 'do_blocks', $blocks );
} );

// The shortcode in a classic post, with the element's names, the same with "_", and wrong ones.
belarus_solidarity_route( 'shortcodes', function () {
	$shortcodes = array(
		${[
          '[belarus_solidarity]',
          '[belarus_solidarity layout="compact" join_url="https://example.org/join?a=1&amp;b=2" lang="de" heading="Hi" message="A message"]',
          '[belarus_solidarity layout=banner time-zone="europe/MINSK" show_days_before="+7" heading_level=4 precision=minute theme=auto join_label="Join"]',
          '[belarus_solidarity LAYOUT="COMPACT" Join_Url="mailto:join@example.org"]',
          '[belarus_solidarity join_url="javascript:alert(1)" time_zone="Mars/Base" show_days_before="366" heading_level="0" message="<b>x</b>" lang="pt_BR" theme="neon"]',
          '[belarus_solidarity compact dark]',
          '[belarus_solidarity heading="x"]inside[/belarus_solidarity]',
          '[belarus_solidarity layout="compact" /] and [belarus_solidarity layout="banner" show_days_before="3"]',
        ]
          .map(php)
          .join(',\n\t\t')}
	);
	return array_map( 'do_shortcode', $shortcodes );
} );

// The widget's script, once, deferred; the schedule's style where a widget has a schedule.
belarus_solidarity_route( 'script', function () {
	return array(
		belarus_solidarity_printed( function () { wp_scripts()->do_items( array( 'belarus-solidarity' ) ); } ),
		belarus_solidarity_printed( function () { wp_styles()->do_items( array( 'belarus-solidarity-schedule' ) ); } ),
		wp_scripts()->get_data( 'belarus-solidarity-editor', 'before' ),
		WP_Block_Type_Registry::get_instance()->get_registered( 'belarus-solidarity/countdown' )->attributes,
	);
} );

// Every check on every value, as a block, a shortcode and the settings page hand them in.
belarus_solidarity_route( 'checks', function () {
	$names  = ${phpArray(NAMES)};
	$values = ${phpArray(VALUES)};
	array_push( $values, null, true, false, 3, 3.5, -1, array(), array( 'compact' ), new stdClass() );
	$checked = array();
	foreach ( $names as $name ) {
		foreach ( $values as $value ) {
			$checked[ $name ][] = belarus_solidarity_check( $name, $value );
		}
	}
	return $checked;
} );

// WordPress's HTML filter, as it cleans what an Author saves: each attribute with each value, and the whole.
belarus_solidarity_route( 'kses', function () {
	$values = ${phpArray(VALUES)};
	$kept   = array();
	foreach ( ${phpArray(ATTRIBUTES)} as $name ) {
		foreach ( $values as $value ) {
			$kept[ $name ][] = wp_kses_post( '<belarus-solidarity ' . $name . '="' . esc_attr( $value ) . '"></belarus-solidarity>' );
		}
	}
	$kept['good'] = wp_kses_post( '<belarus-solidarity layout="compact" theme="dark" lang="pl" time-zone="Europe/Minsk" join-url="https://example.org/join?a=1&amp;b=2" join-label="Join" precision="minute" show-days-before="7" heading-level="3"><span slot="heading">H</span><p slot="message">M</p><a href="https://example.org/join">Join</a></belarus-solidarity>' );
	$kept['bad']  = wp_kses_post( '<belarus-solidarity layout="huge" theme="x" lang="xx" time-zone="Mars/Base" join-url="javascript:alert(1)" show-days-before="366" heading-level="7" onclick="alert(1)" style="display:none" join-label=""><span slot="evil">H</span><p slot="heading" onmouseover="x">M</p><script>alert(1)</script></belarus-solidarity>' );
	return $kept;
} );

// The banner's settings as the settings form sends them, with the messages the form shows.
require_once ABSPATH . 'wp-admin/includes/template.php';
belarus_solidarity_route( 'banner settings', function () {
	$inputs = array(
		array( 'enabled' => '1', 'position' => 'bottom', 'schedule' => 'days', 'show-days-before' => '14', 'theme' => 'dark', 'lang' => 'be', 'time-zone' => 'Europe/Minsk', 'join-url' => 'https://example.org/join?a=1&b=2', 'join-label' => 'Join', 'precision' => 'minute', 'heading-level' => '3', 'heading' => 'H', 'message' => 'M' ),
		array( 'enabled' => '', 'position' => 'left', 'schedule' => 'days', 'show-days-before' => '366', 'theme' => 'neon', 'lang' => 'xx', 'time-zone' => 'Mars/Base', 'join-url' => 'javascript:alert(1)', 'join-label' => str_repeat( 'x', 20000 ), 'precision' => 'hour', 'heading-level' => '9', 'heading' => array( 'x' ), 'message' => str_repeat( 'é', 2000 ) ),
		array( 'enabled' => 'on', 'schedule' => 'always', 'show-days-before' => '7', 'join-url' => " java\\tscript:x", 'heading' => "O\\\\'Brien", 'lang' => 'pt_BR' ),
		array( 'show-days-before' => '0' ),
		array( 'show-days-before' => '' ),
		array( 'show-days-before' => '+7', 'time-zone' => 'europe/minsk', 'join-url' => '/join' ),
		array( 'enabled' => array( 1 ), 'position' => array( 'bottom' ), 'schedule' => array(), 'show-days-before' => array( 7 ) ),
		'not an array',
		null,
		array(),
	);
	$sanitized = array();
	foreach ( $inputs as $input ) {
		$GLOBALS['wp_settings_errors'] = array();
		$sanitized[] = array( belarus_solidarity_sanitize_banner( $input ), get_settings_errors( BELARUS_SOLIDARITY_BANNER_OPTION ) );
	}
	return $sanitized;
} );

// The settings page's fields, before anything is saved and with saved settings. The time zones are the PHP's
// own list, which follows its time zone database: only whether the list is there is compared.
belarus_solidarity_route( 'banner fields', function () {
	$saved  = array(
		array(),
		array( 'enabled' => true, 'position' => 'bottom', 'show-days-before' => '', 'theme' => 'auto', 'lang' => 'uk', 'time-zone' => 'Europe/Minsk', 'join-url' => 'https://example.org/join?a=1&b=2', 'join-label' => 'Join "us"', 'precision' => 'day', 'heading-level' => '5', 'heading' => '<H>', 'message' => "M\\n&" ),
	);
	$fields = array();
	foreach ( $saved as $settings ) {
		update_option( BELARUS_SOLIDARITY_BANNER_OPTION, $settings );
		foreach ( array_keys( belarus_solidarity_banner_labels() ) as $name ) {
			$html = belarus_solidarity_printed( function () use ( $name ) { belarus_solidarity_banner_field( array( 'name' => $name ) ); } );
			if ( 'time-zone' === $name ) {
				$html = array( preg_replace( '#<option value="[^"]*/[^"]*"[^>]*>[^<]*</option>#', '', $html ), false !== strpos( $html, '<option value="Europe/Minsk" selected' ) || ! $settings );
			}
			$fields[] = $html;
		}
	}
	return $fields;
} );

// The banner on every page while it is on, with each of the settings above, and where the theme's hooks put it:
// at the top (wp_body_open), or at the bottom (wp_footer, before the footer's scripts), its schedule's style
// asked for with the page's others (wp_enqueue_scripts).
belarus_solidarity_route( 'banner', function () {
	$shown = array();
	foreach ( array( array( 'enabled' => false ), array( 'enabled' => true ), array( 'enabled' => true, 'position' => 'bottom', 'show-days-before' => '', 'lang' => 'fr', 'heading' => 'Heading' ), array( 'enabled' => true, 'join-url' => 'javascript:alert(1)', 'show-days-before' => '400' ), 'broken' ) as $settings ) {
		update_option( BELARUS_SOLIDARITY_BANNER_OPTION, $settings );
		$shown[] = array( belarus_solidarity_printed( function () { belarus_solidarity_banner(); } ), belarus_solidarity_banner_settings() );
	}
	update_option( BELARUS_SOLIDARITY_BANNER_OPTION, array( 'enabled' => true, 'show-days-before' => '7' ) );
	$shown[] = belarus_solidarity_printed( function () { do_action( 'wp_body_open' ); } );
	do_action( 'wp_enqueue_scripts' );
	$shown[] = wp_style_is( 'belarus-solidarity-schedule' );
	update_option( BELARUS_SOLIDARITY_BANNER_OPTION, array( 'enabled' => true, 'position' => 'bottom' ) );
	$shown[] = array( belarus_solidarity_printed( function () { do_action( 'wp_body_open' ); } ), belarus_solidarity_printed( function () { do_action( 'wp_footer' ); } ) );
	return $shown;
} );

// Deleting the plugin: WordPress runs uninstall.php, which removes the banner's settings.
require_once ABSPATH . 'wp-admin/includes/plugin.php';
belarus_solidarity_route( 'uninstall', function () {
	$before = false !== get_option( BELARUS_SOLIDARITY_BANNER_OPTION );
	uninstall_plugin( 'belarus-solidarity/belarus-solidarity.php' );
	wp_cache_flush();
	return array( $before, get_option( BELARUS_SOLIDARITY_BANNER_OPTION, 'deleted' ) );
} );
`;

/**
 * Where the temporary site goes: in memory, where the machine has room there. SQLite waits for the disk at
 * every write, and on a disk PHP in WebAssembly takes two or three times as long to install WordPress.
 */
function scratchSpace() {
  try {
    const { bavail, bsize } = statfsSync('/dev/shm');
    if (bavail * bsize > 1024 ** 3) return '/dev/shm';
  } catch {
    // No /dev/shm: not Linux.
  }
  return tmpdir();
}

/** The temporary site; `dir` is its real path, as PHP names files in its messages. */
let dir;
let site;
let plugin;
/** For each PHP, what lint said of each file and what the install and the routes reported. */
const results = {};
let runs;

/** What one of Debian's PHP command lines prints, and its exit code. */
async function debian(args) {
  try {
    const { stdout, stderr } = await promisify(execFile)('php', args, { cwd: site, maxBuffer: 64 * 1024 * 1024 });
    return { exitCode: 0, stdout, stderr };
  } catch (error) {
    if (typeof error.code !== 'number') throw error;
    return { exitCode: error.code, stdout: error.stdout, stderr: error.stderr };
  }
}

/**
 * Runs one PHP command line (`php …`) in PHP `version` in WebAssembly, each in a fresh PHP (one that has run a
 * command line is spent; a new one starts in a few hundred milliseconds). Each version has a thread of its own,
 * so that 7.4 and 8.5 run at the same time, as Debian's PHP does in its processes.
 */
const WASM_THREAD = `
import { parentPort, workerData } from 'node:worker_threads';
const { version, dir, modules } = workerData;
let processes = 0;
parentPort.on('message', async (args) => {
  try {
    const { loadNodeRuntime, createNodeFsMountHandler } = await import(modules.node);
    const { PHP } = await import(modules.universal);
    const php = new PHP(await loadNodeRuntime(version, { emscriptenOptions: { processId: ++processes } }));
    try {
      await php.mount(dir, createNodeFsMountHandler(dir));
      const response = await php.cli(['php', ...args]);
      const [exitCode, stdout, stderr] = await Promise.all([response.exitCode, response.stdoutText, response.stderrText]);
      parentPort.postMessage({ exitCode, stdout, stderr });
    } finally {
      php.exit();
    }
  } catch (error) {
    parentPort.postMessage({ error: String(error?.stack ?? error) });
  }
});
`;
const threads = [];
function wasm(version) {
  const modules = { node: pathToFileURL(join(PHP_WASM, 'node/index.js')).href, universal: pathToFileURL(join(PHP_WASM, 'universal/index.js')).href };
  // A module of its own (not CommonJS, where php-wasm would look for its files beside the test).
  const thread = new Worker(new URL(`data:text/javascript,${encodeURIComponent(WASM_THREAD)}`), { workerData: { version, dir, modules } });
  threads.push(thread);
  return (args) =>
    new Promise((resolve, reject) => {
      const stopped = (code) => reject(new Error(`PHP ${version}'s thread stopped (${code})`));
      thread.once('error', reject).once('exit', stopped);
      thread.once('message', ({ error, ...result }) => {
        thread.off('error', reject).off('exit', stopped);
        if (error) reject(new Error(error));
        else resolve(result);
      });
      thread.postMessage(args);
    });
}

/** A script's report: what it collected, and what it printed besides (nothing, unless PHP could not start it). */
function report({ exitCode, stdout, stderr }) {
  const at = stdout.lastIndexOf(MARK);
  if (at < 0) return { outputs: {}, errors: [{ level: 'no report', message: `exit code ${exitCode}: ${stdout}${stderr}`.slice(0, 2_000), file: '', line: 0 }] };
  const { outputs, errors } = JSON.parse(stdout.slice(at + MARK.length));
  const printed = (stdout.slice(0, at) + stderr).trim();
  if (printed) errors.push({ level: 'printed', message: printed.slice(0, 2_000), file: '', line: 0 });
  return { outputs, errors };
}

/** Lints each plugin file, installs the site, and runs the routes, on one PHP. */
async function runOn(version) {
  const run = version === REFERENCE ? debian : wasm(version);
  const lint = {};
  for (const file of FILES) {
    // What `php -l` says, once (PHP would also log it), deprecations included.
    const { exitCode, stdout, stderr } = await run(['-d', 'display_errors=1', '-d', 'log_errors=0', '-l', join(plugin, file)]);
    lint[file] = `${exitCode}: ${shorten(stdout + stderr).trim()}`;
  }
  // The scripts' error handler reports everything; a fatal error is reported once, by the script.
  const quiet = ['-d', 'display_errors=0', '-d', 'log_errors=0'];
  const install = report(await run([...quiet, join(site, 'install.php')]));
  const routes = report(await run([...quiet, join(site, 'routes.php')]));
  results[version] = { lint, install, routes };
}

/** Plugin files named as in the project, and WordPress's by where they are in the site. */
const shorten = (text) => text.replaceAll(plugin, 'wordpress/').replaceAll(`${site}/`, '');
/** PHP's names for its error levels; a thrown exception is reported by its class. */
const LEVELS = { 1: 'E_ERROR', 2: 'E_WARNING', 4: 'E_PARSE', 8: 'E_NOTICE', 16: 'E_CORE_ERROR', 32: 'E_CORE_WARNING', 64: 'E_COMPILE_ERROR', 128: 'E_COMPILE_WARNING', 256: 'E_USER_ERROR', 512: 'E_USER_WARNING', 1024: 'E_USER_NOTICE', 2048: 'E_STRICT', 4096: 'E_RECOVERABLE_ERROR', 8192: 'E_DEPRECATED', 16384: 'E_USER_DEPRECATED' };
/** A reported problem, as PHP would log it. */
const describeError = ({ level, message, file, line, via }) => shorten(`${LEVELS[level] ?? level}: ${message} in ${file}:${line}${via ? ` (from ${via})` : ''}`);

before(async () => {
  const missing = [
    [join(PHP_WASM, 'node-7-4/index.js'), 'PHP 7.4 for Node'],
    [join(PHP_WASM, 'node-8-5/index.js'), 'PHP 8.5 for Node'],
    [join(WORDPRESS, 'wp-load.php'), 'WordPress 6.7'],
    [join(SQLITE, 'db.copy'), 'SQLite Database Integration'],
  ].filter(([path]) => !existsSync(path));
  if (missing.length) throw new Error(`${missing.map(([, what]) => what).join(', ')} not in ${CACHE}: run .ci/setup wordpress`);
  if (!(await debian(['-r', "echo extension_loaded('pdo_sqlite') ? 'yes' : 'no';"])).stdout.includes('yes')) {
    throw new Error("Debian's PHP has no SQLite driver (php-sqlite3): run .ci/setup wordpress");
  }
  dir = realpathSync(mkdtempSync(join(scratchSpace(), 'belarus-solidarity-php-')));
  site = join(dir, 'site');
  plugin = join(site, 'wp-content/plugins/belarus-solidarity/');
  cpSync(WORDPRESS, site, { recursive: true, dereference: true });
  cpSync(SQLITE, join(site, 'wp-content/plugins/sqlite-database-integration'), { recursive: true });
  cpSync(join(SQLITE, 'db.copy'), join(site, 'wp-content/db.php'));
  // The plugin as it is in the project; its other file, the built widget, is only ever linked to, never read by PHP.
  cpSync(PLUGIN, plugin, { recursive: true });
  mkdirSync(join(site, 'wp-content/mu-plugins'));
  // The welcome e-mail of a fresh install would go to a sendmail that is not there.
  writeFileSync(join(site, 'wp-content/mu-plugins/no-mail.php'), "<?php\nadd_filter( 'pre_wp_mail', '__return_false' );\n");
  for (const version of VERSIONS) mkdirSync(join(site, `wp-content/database/php-${version}`), { recursive: true });
  writeFileSync(
    join(site, 'wp-config.php'),
    `<?php
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'wordpress' );
define( 'DB_PASSWORD', 'wordpress' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
// Each PHP has a database of its own, so the three share one copy of WordPress and run at the same time.
define( 'DB_DIR', __DIR__ . '/wp-content/database/php-' . PHP_MAJOR_VERSION . '.' . PHP_MINOR_VERSION . '/' );
${['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT'].map((key) => `define( '${key}', '${key} of a test site' );`).join('\n')}
$table_prefix = 'wp_';
define( 'WP_HOME', 'http://example.org' );
define( 'WP_SITEURL', 'http://example.org' );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_DISPLAY', false );
define( 'WP_DEBUG_LOG', false );
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'DISABLE_WP_CRON', true );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
`,
  );
  writeFileSync(join(site, 'record-errors.php'), RECORD);
  writeFileSync(join(site, 'install.php'), INSTALL);
  writeFileSync(join(site, 'routes.php'), ROUTES);
  // All three at once: Debian's PHP in its own processes, the other two each in a thread of its own.
  runs = Object.fromEntries(VERSIONS.map((version) => [version, runOn(version)]));
  await Promise.allSettled(Object.values(runs));
});

after(async () => {
  await Promise.all(threads.map((thread) => thread.terminate()));
  if (dir) rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
});

it('runs the oldest PHP the plugin says it runs on', () => {
  const claims = {
    'readme.txt': readFileSync(join(PLUGIN, 'readme.txt'), 'utf8').match(/^Requires PHP:\s*(\S+)/m)?.[1],
    'belarus-solidarity.php': readFileSync(join(PLUGIN, 'belarus-solidarity.php'), 'utf8').match(/^ \* Requires PHP:\s*(\S+)/m)?.[1],
  };
  assert.deepEqual(claims, { 'readme.txt': VERSIONS[0], 'belarus-solidarity.php': VERSIONS[0] });
});

for (const version of VERSIONS) {
  describe(`the WordPress plugin on PHP ${version}${version === REFERENCE ? " (Debian's)" : ' (WebAssembly)'}`, () => {
    let result;
    before(async () => {
      await runs[version];
      result = results[version];
    });

    it('has PHP files that parse, with nothing to say about them', () => {
      assert.deepEqual(
        result.lint,
        Object.fromEntries(FILES.map((file) => [file, `0: No syntax errors detected in wordpress/${file}`])),
      );
    });

    it('installs WordPress 6.7 on SQLite and activates', () => {
      assert.deepEqual(result.install.outputs, { php: version, installed: 'installed', activated: 'activated' }, result.install.errors.map(describeError).join('\n'));
    });

    it('runs every route to its end, with no exception, and no notice, warning or deprecation from a plugin file', (t) => {
      const errors = [...result.install.errors, ...result.routes.errors];
      // PHP's own levels are numbers; the others are an exception's class, or what a script printed or lacked.
      const ours = errors.filter(({ file, level }) => file.startsWith(plugin) || typeof level === 'string');
      assert.deepEqual([...new Set(ours.map(describeError))], []);
      // WordPress's own, in its code that the plugin called: not the plugin's to fix, but worth knowing.
      for (const error of new Set(errors.filter(({ file, via }) => via && !file.startsWith(plugin)).map(describeError))) t.diagnostic(error);
      assert.deepEqual(Object.keys(result.routes.outputs), ['active', 'blocks', 'shortcodes', 'script', 'checks', 'kses', 'banner settings', 'banner fields', 'banner', 'uninstall']);
    });

    if (version !== REFERENCE) {
      it(`gives exactly what PHP ${REFERENCE} gives`, async () => {
        await runs[REFERENCE];
        const reference = results[REFERENCE].routes.outputs;
        for (const route of Object.keys(reference)) assert.deepEqual(result.routes.outputs[route], reference[route], `the route "${route}"`);
        assert.deepEqual(Object.keys(result.routes.outputs), Object.keys(reference));
      });
    }
  });
}
