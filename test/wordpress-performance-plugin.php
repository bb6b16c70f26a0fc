<?php
/**
 * What the performance plugins partners run do to a page's scripts, for the plugin's tests: the option
 * `test_performance` chooses one.
 *
 * - `combine`: every script file of the page concatenated, in the page's order, into one file in uploads,
 *   printed once, deferred, where the last of them stood (as Autoptimize and LiteSpeed Cache do). The theme's
 *   jQuery is on the page too, so the widget's file comes after another script.
 * - `delay`: every script file left out until the visitor's first interaction (a key, a click, a touch, the
 *   mouse or the wheel), then loaded in the page's order (as WP Rocket and Perfmatters do).
 *
 * It works on the finished HTML, as those plugins do, through an output buffer.
 *
 * @package belarus-solidarity
 */

add_action(
	'wp_enqueue_scripts',
	function () {
		if ( 'combine' === get_option( 'test_performance' ) ) {
			wp_enqueue_script( 'jquery' );
		}
	}
);

add_action(
	'template_redirect',
	function () {
		$mode = get_option( 'test_performance' );
		if ( ! in_array( $mode, array( 'combine', 'delay' ), true ) ) {
			return;
		}
		ob_start(
			function ( $html ) use ( $mode ) {
				$pattern = '#<script\b[^>]*\bsrc=[\'"]([^\'"]+)[\'"][^>]*>\s*</script>#i';
				if ( 'delay' === $mode ) {
					$html = preg_replace_callback(
						$pattern,
						function ( $found ) {
							return '<script type="text/plain" data-delayed-src="' . esc_attr( html_entity_decode( $found[1] ) ) . '"></script>';
						},
						$html
					);
					$loader = '<script>(function () {'
						. 'var events = ["keydown", "mousedown", "mousemove", "touchstart", "wheel"];'
						. 'function load() {'
						. '  events.forEach(function (name) { removeEventListener(name, load, { passive: true }); });'
						. '  document.querySelectorAll("script[data-delayed-src]").forEach(function (held) {'
						. '    var script = document.createElement("script"); script.src = held.getAttribute("data-delayed-src"); script.async = false;'
						. '    held.replaceWith(script);'
						. '  });'
						. '}'
						. 'events.forEach(function (name) { addEventListener(name, load, { passive: true }); });'
						. '})();</script>';
					return str_replace( '</body>', $loader . '</body>', $html );
				}

				preg_match_all( $pattern, $html, $found, PREG_SET_ORDER );
				$code = '';
				foreach ( $found as $tag ) {
					$path = wp_parse_url( html_entity_decode( $tag[1] ), PHP_URL_PATH );
					$code .= file_get_contents( ABSPATH . ltrim( $path, '/' ) ) . "\n;\n";
				}
				if ( '' === $code ) {
					return $html;
				}
				$uploads = wp_upload_dir();
				$name    = 'combined-' . md5( $code ) . '.js';
				file_put_contents( $uploads['basedir'] . '/' . $name, $code );
				$last = end( $found )[0];
				foreach ( $found as $tag ) {
					$html = str_replace( $tag[0], $tag[0] === $last ? '<script defer src="' . esc_url( $uploads['baseurl'] . '/' . $name ) . '"></script>' : '', $html );
				}
				return $html;
			}
		);
	}
);
