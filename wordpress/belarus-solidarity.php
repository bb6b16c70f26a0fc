<?php
/**
 * Plugin Name:       Belarus Solidarity Countdown
 * Plugin URI:        https://github.com/belarus-solidarity/belarus-solidarity
 * Description:       A countdown to 4 August, the International Day of Solidarity with Civil Society of Belarus: a block, a shortcode and a site-wide banner, in twelve languages. It sends nothing and stores nothing about visitors.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            The belarus-solidarity contributors
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       belarus-solidarity
 * Domain Path:       /languages
 *
 * @package belarus-solidarity
 */

defined( 'ABSPATH' ) || exit;

/** The widget's version, which is the plugin's: it goes into the script's URL, so a new file is never served from a stale cache. */
const BELARUS_SOLIDARITY_VERSION = '0.1.0';

/** The option that holds the banner's settings; uninstall.php deletes it. */
const BELARUS_SOLIDARITY_BANNER_OPTION = 'belarus_solidarity_banner';

/**
 * The widget's options: each attribute of the element with the values it accepts, as the widget itself
 * checks them. Block attributes, shortcode attributes and the banner's settings are all checked here.
 */
function belarus_solidarity_choices() {
	return array(
		'layout'    => array( 'card', 'banner', 'compact' ),
		'theme'     => array( 'light', 'dark', 'auto' ),
		'precision' => array( 'second', 'minute', 'day' ),
		'lang'      => array_keys( belarus_solidarity_day_names() ),
	);
}

/**
 * The day's name in each of the widget's languages, as the widget's own heading says it: the fallback link's
 * text, shown where the widget cannot run (feeds, e-mail, no JavaScript, the plugin deactivated).
 */
function belarus_solidarity_day_names() {
	return array(
		'en' => 'International Day of Solidarity with Belarus',
		'be' => 'Міжнародны дзень салідарнасці з Беларуссю',
		'ru' => 'Международный день солидарности с Беларусью',
		'uk' => 'Міжнародний день солідарності з Білоруссю',
		'pl' => "Międzynarodowy Dzień Solidarności z\u{00a0}Białorusią",
		'lt' => 'Tarptautinė solidarumo su Baltarusija diena',
		'lv' => 'Starptautiskā solidaritātes diena ar Baltkrieviju',
		'et' => 'Rahvusvaheline solidaarsuspäev Valgevenega',
		'de' => 'Internationaler Tag der Solidarität mit Belarus',
		'fr' => 'Journée internationale de solidarité avec le Bélarus',
		'es' => 'Día Internacional de Solidaridad con Bielorrusia',
		'it' => 'Giornata internazionale di solidarietà con la Bielorussia',
		'bg' => "Международен ден на солидарността с\u{00a0}Беларус",
		'cs' => "Mezinárodní den solidarity s\u{00a0}Běloruskem",
		'da' => 'Den internationale dag for solidaritet med Belarus',
		'el' => 'Διεθνής Ημέρα Αλληλεγγύης με τη Λευκορωσία',
		'fi' => 'Kansainvälinen solidaarisuuspäivä Valko-Venäjän puolesta',
		'hr' => "Međunarodni dan solidarnosti s\u{00a0}Bjelorusijom",
		'hu' => 'Nemzetközi szolidaritási nap Belaruszért',
		'nl' => 'Internationale Dag van Solidariteit met Belarus',
		'pt' => 'Dia Internacional de Solidariedade com a Bielorrússia',
		'ro' => 'Ziua Internațională de Solidaritate cu Belarus',
		'sk' => "Medzinárodný deň solidarity s\u{00a0}Bieloruskom",
		'sl' => "Mednarodni dan solidarnosti z\u{00a0}Belorusijo",
		'sv' => 'Internationella dagen för solidaritet med Belarus',
		'nb' => 'Den internasjonale dagen for solidaritet med Belarus',
		'ka' => 'ბელარუსთან სოლიდარობის საერთაშორისო დღე',
		'hy' => 'Բելառուսի հետ համերաշխության միջազգային օր',
		'az' => 'Belarus ilə Beynəlxalq Həmrəylik Günü',
		'kk' => 'Беларусьпен халықаралық ынтымақтастық күні',
		'tr' => 'Belarus ile Uluslararası Dayanışma Günü',
	);
}

/** The widget's languages by their own names, for the language controls of the block and the banner. */
function belarus_solidarity_language_names() {
	return array(
		'en' => 'English',
		'be' => 'Беларуская',
		'ru' => 'Русский',
		'uk' => 'Українська',
		'pl' => 'Polski',
		'lt' => 'Lietuvių',
		'lv' => 'Latviešu',
		'et' => 'Eesti',
		'de' => 'Deutsch',
		'fr' => 'Français',
		'es' => 'Español',
		'it' => 'Italiano',
		'bg' => 'Български',
		'cs' => 'Čeština',
		'da' => 'Dansk',
		'el' => 'Ελληνικά',
		'fi' => 'Suomi',
		'hr' => 'Hrvatski',
		'hu' => 'Magyar',
		'nl' => 'Nederlands',
		'pt' => 'Português',
		'ro' => 'Română',
		'sk' => 'Slovenčina',
		'sl' => 'Slovenščina',
		'sv' => 'Svenska',
		'nb' => 'Norsk bokmål',
		'ka' => 'ქართული',
		'hy' => 'Հայերեն',
		'az' => 'Azərbaycan dili',
		'kk' => 'Қазақ тілі',
		'tr' => 'Türkçe',
	);
}

/**
 * An option's value as the widget would take it, or '' where the value is missing or not acceptable (the
 * widget's default then applies). Names are the element's attribute names.
 *
 * @param string $name  An attribute of the element, or `heading` or `message` for the partner's words.
 * @param mixed  $value What a block, a shortcode or the settings page handed in.
 * @return string
 */
function belarus_solidarity_check( $name, $value ) {
	if ( ! is_scalar( $value ) ) {
		return '';
	}
	$value   = trim( (string) $value );
	$choices = belarus_solidarity_choices();
	switch ( $name ) {
		case 'layout':
		case 'theme':
		case 'precision':
			$value = strtolower( $value );
			return in_array( $value, $choices[ $name ], true ) ? $value : '';
		case 'lang':
			// A region or script subtag changes nothing in the widget: pt-BR would be pt, ru-RU is ru. WordPress
			// names Belarusian by its three-letter code, `bel`, where the widget's is `be`.
			$primary = strtolower( explode( '-', str_replace( '_', '-', $value ) )[0] );
			$primary = 'bel' === $primary ? 'be' : $primary;
			return in_array( $primary, $choices['lang'], true ) ? $primary : '';
		case 'heading-level':
			return preg_match( '/^[1-6]$/', $value ) ? $value : '';
		case 'show-days-before':
			return preg_match( '/^\+?\d{1,3}$/', $value ) && (int) $value <= 365 ? (string) (int) $value : '';
		case 'time-zone':
			foreach ( timezone_identifiers_list( DateTimeZone::ALL_WITH_BC ) as $zone ) {
				if ( 0 === strcasecmp( $zone, $value ) ) {
					return $zone;
				}
			}
			return '';
		case 'join-url':
			return belarus_solidarity_check_url( $value );
		case 'join-label':
		case 'heading':
			return belarus_solidarity_check_text( $value, 200 );
		case 'message':
			return belarus_solidarity_check_text( $value, 1000 );
	}
	return '';
}

/**
 * A link the widget may follow: http, https or mailto, or a path on this site. A browser drops tabs and line
 * breaks from a URL and spaces around it, so " java\tscript:" is read as it would be followed.
 *
 * @param string $value The link as given.
 * @return string The link, or '' when it is not one of those.
 */
function belarus_solidarity_check_url( $value ) {
	$url = preg_replace( '/[\t\n\r]+/', '', trim( $value, "\x00..\x20" ) );
	if ( '' === $url || strlen( $url ) > 2000 || preg_match( '/[\x00-\x1f\x7f]/', $url ) ) {
		return '';
	}
	$scheme = wp_parse_url( $url, PHP_URL_SCHEME );
	if ( null === $scheme || false === $scheme ) {
		return '/' === $url[0] && ! preg_match( '/^[a-z][a-z0-9+.-]*:/i', $url ) ? esc_url_raw( $url ) : '';
	}
	return in_array( strtolower( $scheme ), array( 'http', 'https', 'mailto' ), true )
		? esc_url_raw( $url, array( 'http', 'https', 'mailto' ) )
		: '';
}

/**
 * Plain text on one line, at most `$length` characters: the widget shows it as text, never as markup, and it
 * is escaped wherever it is written.
 *
 * @param string $value  The text as given.
 * @param int    $length The longest text kept.
 * @return string
 */
function belarus_solidarity_check_text( $value, $length ) {
	$text = trim( preg_replace( '/[\x00-\x1f\x7f]+/u', ' ', $value ) ?? '' );
	return mb_substr( $text, 0, $length );
}

/** The defaults the element itself applies; an option equal to its default is not written out. */
function belarus_solidarity_defaults() {
	return array(
		'layout'        => 'card',
		'theme'         => 'light',
		'precision'     => 'second',
		'heading-level' => '2',
	);
}

/**
 * The element for a set of options, checked, with the partner's words in its slots and the fallback the
 * visitor sees where the widget cannot run: a link to the join page, or the day's name.
 *
 * @param array $options Options by attribute name (and `heading`, `message`), unchecked.
 * @return string HTML.
 */
function belarus_solidarity_element( $options ) {
	$checked = array();
	foreach ( array( 'layout', 'theme', 'lang', 'time-zone', 'join-url', 'join-label', 'precision', 'show-days-before', 'heading-level', 'heading', 'message' ) as $name ) {
		$checked[ $name ] = belarus_solidarity_check( $name, isset( $options[ $name ] ) ? $options[ $name ] : '' );
	}
	$defaults   = belarus_solidarity_defaults();
	$attributes = '';
	foreach ( $checked as $name => $value ) {
		if ( '' === $value || 'heading' === $name || 'message' === $name || ( isset( $defaults[ $name ] ) && $defaults[ $name ] === $value ) ) {
			continue;
		}
		$attributes .= sprintf( ' %s="%s"', $name, 'join-url' === $name ? esc_url( $value, array( 'http', 'https', 'mailto' ) ) : esc_attr( $value ) );
	}

	$words = '';
	if ( '' !== $checked['heading'] ) {
		$words .= '<span slot="heading">' . esc_html( $checked['heading'] ) . '</span>';
	}
	if ( '' !== $checked['message'] ) {
		$words .= '<p slot="message">' . esc_html( $checked['message'] ) . '</p>';
	}
	$names    = belarus_solidarity_day_names();
	$language = '' !== $checked['lang'] ? $checked['lang'] : belarus_solidarity_check( 'lang', get_bloginfo( 'language' ) );
	$name     = '' !== $checked['heading'] ? $checked['heading'] : $names[ '' !== $language ? $language : 'en' ];
	$fallback = '' !== $checked['join-url']
		? sprintf( '<a href="%s">%s</a>', esc_url( $checked['join-url'], array( 'http', 'https', 'mailto' ) ), esc_html( $name ) )
		: '<strong>' . esc_html( $name ) . '</strong>';

	// The language it shows: its own, else the page's (the site's), else English, as the widget itself picks.
	belarus_solidarity_languages( '' !== $language ? $language : 'en' );

	// A widget on a schedule is out of sight most of the year: until the script has run it shows nothing (the
	// style sheet's last rule), rather than a fallback that would appear and go on every page view off season.
	// Any other keeps the room it will take.
	$room = '' === $checked['show-days-before']
		? belarus_solidarity_room( '' !== $checked['layout'] ? $checked['layout'] : 'card', '' !== $checked['precision'] ? $checked['precision'] : 'second', '' !== $language ? $language : 'en' )
		: '';
	if ( '' !== $room ) {
		$attributes .= sprintf( ' style="%s"', esc_attr( "--belarus-solidarity-room:{$room}" ) );
	}
	return belarus_solidarity_enqueue() . "<belarus-solidarity{$attributes}>{$words}{$fallback}</belarus-solidarity>";
}

/**
 * The languages the page's widgets show, so far; `$language` adds one.
 *
 * @param string|null $language A language a widget shows.
 * @return string[]
 */
function belarus_solidarity_languages( $language = null ) {
	static $languages = array();
	if ( null !== $language && ! in_array( $language, $languages, true ) ) {
		$languages[] = $language;
	}
	return $languages;
}

/**
 * The height a widget will have, as a CSS length of its column's width, `100%` (measured by
 * scripts/wordpress-reserve.mjs in a plain sans-serif, for the widget's own texts), or '' if not known.
 *
 * @param string $layout    The widget's layout.
 * @param string $precision The widget's precision.
 * @param string $language  The language it shows.
 * @return string
 */
function belarus_solidarity_room( $layout, $precision, $language ) {
	static $rooms = null;
	if ( null === $rooms ) {
		$rooms = json_decode( (string) file_get_contents( __DIR__ . '/reserve.json' ), true );
		$rooms = is_array( $rooms ) ? $rooms : array();
	}
	$room = $rooms[ "{$layout} {$precision} {$language}" ] ?? '';
	// Only the lengths the measuring script writes: numbers, px, %, calc(), max(), + - *, commas and spaces.
	return is_string( $room ) && preg_match( '/^calc\([0-9a-z.,%+*() -]+\)$|^[0-9.]+px$/', $room ) ? $room : '';
}

/**
 * Asks for the widget's script on this page (WordPress prints it once, however many widgets there are, at the
 * end of the page) and for its few rules for the time before the script runs. Those belong before the first
 * widget: in the page's head when the page is not yet printed (a block theme renders its blocks first), else
 * printed here, once, before the first widget (a classic theme prints its content after the head).
 *
 * @return string The rules to print before the widget, or ''.
 */
function belarus_solidarity_enqueue() {
	wp_enqueue_script( 'belarus-solidarity' );
	wp_enqueue_style( 'belarus-solidarity' );
	if ( ! did_action( 'wp_head' ) || wp_style_is( 'belarus-solidarity', 'done' ) ) {
		return '';
	}
	ob_start();
	wp_print_styles( 'belarus-solidarity' );
	return (string) ob_get_clean();
}

/**
 * The attributes that are the partner's words, marked `"role": "content"` in block.json, so that a pattern or
 * template part locked to content only still lets them be edited. WordPress before 6.7 reads the same mark
 * under its experimental name; 6.7 and later read `role`, so the old name is added only before.
 */
add_filter(
	'block_type_metadata',
	function ( $metadata ) {
		if ( 'belarus-solidarity/countdown' !== ( $metadata['name'] ?? '' ) || ! version_compare( get_bloginfo( 'version' ), '6.7', '<' ) ) {
			return $metadata;
		}
		foreach ( $metadata['attributes'] as $name => $attribute ) {
			if ( 'content' === ( $attribute['role'] ?? '' ) ) {
				$metadata['attributes'][ $name ]['__experimentalRole'] = 'content';
			}
		}
		return $metadata;
	}
);

add_action(
	'init',
	function () {
		load_plugin_textdomain( 'belarus-solidarity', false, dirname( plugin_basename( __FILE__ ) ) . '/languages' );

		wp_register_script( 'belarus-solidarity', plugins_url( 'belarus-solidarity.js', __FILE__ ), array(), BELARUS_SOLIDARITY_VERSION, true );
		// A style with no file: WordPress prints its rules in the page, once. Until the script runs, a widget is a
		// box as high as it will be (a zero-width float whose padding follows the column's width, as the
		// configurator's snippet does), so the page does not move when the script arrives, however late. Only
		// where scripts run: without them (or in a browser too old to say) the fallback link stays as it is.
		wp_register_style( 'belarus-solidarity', false, array(), BELARUS_SOLIDARITY_VERSION );
		wp_add_inline_style(
			'belarus-solidarity',
			'@media (scripting:enabled){belarus-solidarity:not(:defined){display:flow-root}'
			. 'belarus-solidarity:not(:defined)::before{content:"";float:left;padding-top:var(--belarus-solidarity-room,0px)}}'
			. 'belarus-solidarity[show-days-before]:not(:defined){display:none}'
		);

		wp_register_script(
			'belarus-solidarity-editor',
			plugins_url( 'editor.js', __FILE__ ),
			array( 'wp-blocks', 'wp-block-editor', 'wp-components', 'wp-element', 'wp-i18n' ),
			BELARUS_SOLIDARITY_VERSION,
			true
		);
		wp_add_inline_script(
			'belarus-solidarity-editor',
			'var belarusSolidarity = ' . wp_json_encode(
				array(
					'dayNames'      => belarus_solidarity_day_names(),
					'languageNames' => belarus_solidarity_language_names(),
					'siteLanguage'  => belarus_solidarity_check( 'lang', get_bloginfo( 'language' ) ),
				)
			) . ';',
			'before'
		);
		wp_set_script_translations( 'belarus-solidarity-editor', 'belarus-solidarity', __DIR__ . '/languages' );

		register_block_type(
			__DIR__ . '/block.json',
			array(
				'render_callback' => 'belarus_solidarity_render_block',
				// The widget's script wherever the editor draws its canvas: WordPress loads a block's script handles
				// into the canvas's iframe (the Site Editor, and every post editor from 7.0) and into the admin page.
				// Only in the admin: on the site a classic theme would print them on every page, and the render
				// callback asks for the script on the pages that show a widget.
				'script_handles'  => is_admin() ? array( 'belarus-solidarity' ) : array(),
			)
		);
		add_shortcode( 'belarus_solidarity', 'belarus_solidarity_shortcode' );
	}
);

// The smallest file that speaks every language the page's widgets show: the file of that language where they
// all show one (the site's, usually), else the file of every language. The script is printed at the end of
// the page, after every widget has been rendered. The editors get every language: their widgets change it.
add_filter(
	'script_loader_src',
	function ( $src, $handle ) {
		$languages = belarus_solidarity_languages();
		if ( 'belarus-solidarity' !== $handle || is_admin() || 1 !== count( $languages ) ) {
			return $src;
		}
		return str_replace( '/belarus-solidarity.js', '/belarus-solidarity.' . $languages[0] . '.js', $src );
	},
	10,
	2
);

// The widget's script is deferred: it never holds up the page, and it finds every widget wherever it stands.
add_filter(
	'script_loader_tag',
	function ( $tag, $handle ) {
		if ( 'belarus-solidarity' === $handle && false === strpos( $tag, ' defer' ) ) {
			$tag = str_replace( ' src=', ' defer src=', $tag );
		}
		return $tag;
	},
	10,
	2
);

/** The block's attribute names (camelCase, as block.json has them) and the element's. */
function belarus_solidarity_block_names() {
	return array(
		'layout'         => 'layout',
		'theme'          => 'theme',
		'lang'           => 'lang',
		'timeZone'       => 'time-zone',
		'joinUrl'        => 'join-url',
		'joinLabel'      => 'join-label',
		'precision'      => 'precision',
		'showDaysBefore' => 'show-days-before',
		'headingLevel'   => 'heading-level',
		'heading'        => 'heading',
		'message'        => 'message',
	);
}

/**
 * The block on the page, made from its attributes and checked here, whatever the saved post holds; the saved
 * HTML only matters once the plugin is gone.
 *
 * @param array $attributes The block's attributes.
 * @return string HTML.
 */
function belarus_solidarity_render_block( $attributes ) {
	$options = array();
	foreach ( belarus_solidarity_block_names() as $block => $element ) {
		$options[ $element ] = isset( $attributes[ $block ] ) ? $attributes[ $block ] : '';
	}
	return '<div ' . get_block_wrapper_attributes() . '>' . belarus_solidarity_element( $options ) . '</div>';
}

/**
 * `[belarus_solidarity layout="compact" join_url="…"]`: the element's attribute names with `_` for `-` (the
 * names with `-` work too).
 *
 * @param array|string $attributes The shortcode's attributes.
 * @return string HTML.
 */
function belarus_solidarity_shortcode( $attributes ) {
	$options = array();
	foreach ( (array) $attributes as $name => $value ) {
		$options[ str_replace( '_', '-', strtolower( (string) $name ) ) ] = $value;
	}
	return belarus_solidarity_element( $options );
}

/**
 * What an Author may save of the widget in a post (WordPress's HTML filter drops the rest): the element with
 * its own attributes, each only with a value the widget takes, and `slot` on the partner's words.
 */
add_filter(
	'wp_kses_allowed_html',
	function ( $tags, $context ) {
		if ( 'post' !== $context ) {
			return $tags;
		}
		$attributes = array();
		foreach ( array( 'layout', 'theme', 'lang', 'time-zone', 'join-url', 'join-label', 'precision', 'show-days-before', 'heading-level' ) as $name ) {
			$attributes[ $name ] = array(
				'value_callback' => function ( $value ) use ( $name ) {
					return '' !== belarus_solidarity_check( $name, wp_specialchars_decode( $value, ENT_QUOTES ) );
				},
			);
		}
		$tags['belarus-solidarity'] = $attributes;
		foreach ( array( 'span', 'p' ) as $tag ) {
			if ( isset( $tags[ $tag ] ) ) {
				$tags[ $tag ]['slot'] = array( 'values' => array( 'heading', 'message' ) );
			}
		}
		return $tags;
	},
	10,
	2
);

require __DIR__ . '/banner.php';
