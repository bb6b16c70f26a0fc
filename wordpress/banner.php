<?php
/**
 * The site-wide banner: a settings page under Settings, and the banner at the top or the bottom of every
 * page of the site while it is switched on.
 *
 * @package belarus-solidarity
 */

defined( 'ABSPATH' ) || exit;

/** The banner's settings before anyone saves them: off, and when on, only in the week before the day. */
function belarus_solidarity_banner_defaults() {
	return array(
		'enabled'          => false,
		'position'         => 'top',
		'show-days-before' => '7',
		'theme'            => 'light',
		'lang'             => '',
		'time-zone'        => '',
		'join-url'         => '',
		'join-label'       => '',
		'precision'        => 'second',
		'heading-level'    => '2',
		'heading'          => '',
		'message'          => '',
	);
}

/** The banner's settings as saved, with a default for each one missing. */
function belarus_solidarity_banner_settings() {
	$saved = get_option( BELARUS_SOLIDARITY_BANNER_OPTION, array() );
	return array_merge( belarus_solidarity_banner_defaults(), is_array( $saved ) ? $saved : array() );
}

/**
 * Checks what the settings form sends. A value the widget would not take is not saved, and the form says
 * which and why.
 *
 * @param mixed $input The submitted settings.
 * @return array The settings to save.
 */
function belarus_solidarity_sanitize_banner( $input ) {
	$input    = is_array( $input ) ? $input : array();
	$settings = belarus_solidarity_banner_defaults();
	$settings['enabled']  = ! empty( $input['enabled'] );
	$settings['position'] = isset( $input['position'] ) && 'bottom' === $input['position'] ? 'bottom' : 'top';
	// The form chooses between all year and a number of days. WordPress checks a new option twice, the
	// second time as saved, without the choice: then an empty number means all year.
	$all_year = isset( $input['schedule'] ) ? 'always' === $input['schedule'] : empty( $input['show-days-before'] ) && '0' !== ( $input['show-days-before'] ?? '' );
	foreach ( $settings as $name => $default ) {
		if ( 'enabled' === $name || 'position' === $name ) {
			continue;
		}
		$given = isset( $input[ $name ] ) && is_scalar( $input[ $name ] ) ? trim( wp_unslash( (string) $input[ $name ] ) ) : '';
		if ( 'show-days-before' === $name && $all_year ) {
			$settings[ $name ] = '';
			continue;
		}
		$checked = belarus_solidarity_check( $name, $given );
		if ( '' === $checked && '' !== $given ) {
			add_settings_error(
				BELARUS_SOLIDARITY_BANNER_OPTION,
				$name,
				/* translators: 1: the setting's name, 2: the value given */
				sprintf( __( '%1$s: “%2$s” is not a value the banner can use; the default is kept.', 'belarus-solidarity' ), belarus_solidarity_banner_labels()[ $name ], $given )
			);
		}
		$settings[ $name ] = '' !== $checked ? $checked : $default;
	}
	return $settings;
}

/** The label of each setting on the settings page. */
function belarus_solidarity_banner_labels() {
	return array(
		'enabled'          => __( 'Show the banner', 'belarus-solidarity' ),
		'position'         => __( 'Where', 'belarus-solidarity' ),
		'show-days-before' => __( 'When', 'belarus-solidarity' ),
		'theme'            => __( 'Theme', 'belarus-solidarity' ),
		'lang'             => __( 'Language', 'belarus-solidarity' ),
		'time-zone'        => __( 'Time zone', 'belarus-solidarity' ),
		'join-url'         => __( 'Join link', 'belarus-solidarity' ),
		'join-label'       => __( 'Join link text', 'belarus-solidarity' ),
		'precision'        => __( 'Countdown shows', 'belarus-solidarity' ),
		'heading-level'    => __( 'Heading level', 'belarus-solidarity' ),
		'heading'          => __( 'Your own heading', 'belarus-solidarity' ),
		'message'          => __( 'Your own message', 'belarus-solidarity' ),
	);
}

add_action(
	'admin_init',
	function () {
		register_setting(
			'belarus_solidarity',
			BELARUS_SOLIDARITY_BANNER_OPTION,
			array(
				'type'              => 'array',
				'sanitize_callback' => 'belarus_solidarity_sanitize_banner',
				'default'           => belarus_solidarity_banner_defaults(),
			)
		);
		add_settings_section( 'banner', '', '__return_false', 'belarus-solidarity' );
		foreach ( belarus_solidarity_banner_labels() as $name => $label ) {
			add_settings_field(
				$name,
				$label,
				'belarus_solidarity_banner_field',
				'belarus-solidarity',
				'banner',
				array(
					'name'      => $name,
					'label_for' => 'belarus-solidarity-' . $name,
				)
			);
		}
	}
);

add_action(
	'admin_menu',
	function () {
		add_options_page(
			__( 'Belarus solidarity banner', 'belarus-solidarity' ),
			__( 'Belarus solidarity', 'belarus-solidarity' ),
			'manage_options',
			'belarus-solidarity',
			'belarus_solidarity_banner_page'
		);
	}
);

/** The settings page. */
function belarus_solidarity_banner_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	?>
	<div class="wrap">
		<h1><?php echo esc_html( get_admin_page_title() ); ?></h1>
		<p><?php esc_html_e( 'A banner with the countdown to 4 August, the International Day of Solidarity with Civil Society of Belarus, at the top or the bottom of every page of this site. The widget is served by this site: it makes no request anywhere else and stores nothing.', 'belarus-solidarity' ); ?></p>
		<form action="options.php" method="post">
			<?php
			settings_fields( 'belarus_solidarity' );
			do_settings_sections( 'belarus-solidarity' );
			submit_button();
			?>
		</form>
	</div>
	<?php
}

/**
 * One field of the settings page.
 *
 * @param array $field The field's `name`.
 */
function belarus_solidarity_banner_field( $field ) {
	$name     = $field['name'];
	$settings = belarus_solidarity_banner_settings();
	$value    = $settings[ $name ];
	$id       = 'belarus-solidarity-' . $name;
	$input    = BELARUS_SOLIDARITY_BANNER_OPTION . '[' . $name . ']';

	$select = function ( $options ) use ( $id, $input, $value ) {
		printf( '<select id="%s" name="%s">', esc_attr( $id ), esc_attr( $input ) );
		foreach ( $options as $option => $label ) {
			printf( '<option value="%s"%s>%s</option>', esc_attr( $option ), selected( $value, (string) $option, false ), esc_html( $label ) );
		}
		echo '</select>';
	};

	switch ( $name ) {
		case 'enabled':
			printf( '<input type="checkbox" id="%s" name="%s" value="1"%s> ', esc_attr( $id ), esc_attr( $input ), checked( $value, true, false ) );
			esc_html_e( 'On every page of the site', 'belarus-solidarity' );
			break;
		case 'position':
			$select(
				array(
					'top'    => __( 'At the top of every page', 'belarus-solidarity' ),
					'bottom' => __( 'At the bottom of every page', 'belarus-solidarity' ),
				)
			);
			break;
		case 'show-days-before':
			$always = '' === $value;
			printf(
				'<label><input type="radio" name="%s" value="days"%s> %s</label> ',
				esc_attr( BELARUS_SOLIDARITY_BANNER_OPTION . '[schedule]' ),
				checked( $always, false, false ),
				esc_html__( 'Only from', 'belarus-solidarity' )
			);
			printf( '<input type="number" id="%s" name="%s" min="0" max="365" step="1" class="small-text" value="%s"> ', esc_attr( $id ), esc_attr( $input ), esc_attr( $always ? '7' : $value ) );
			esc_html_e( 'days before 4 August through the end of the day', 'belarus-solidarity' );
			printf(
				'<br><label><input type="radio" name="%s" value="always"%s> %s</label>',
				esc_attr( BELARUS_SOLIDARITY_BANNER_OPTION . '[schedule]' ),
				checked( $always, true, false ),
				esc_html__( 'All year', 'belarus-solidarity' )
			);
			echo '<p class="description">' . esc_html__( 'Off season the banner takes no room at all and does no work.', 'belarus-solidarity' ) . '</p>';
			break;
		case 'theme':
			$select(
				array(
					'light' => __( 'Light', 'belarus-solidarity' ),
					'dark'  => __( 'Dark', 'belarus-solidarity' ),
					'auto'  => __( 'As the visitor’s system', 'belarus-solidarity' ),
				)
			);
			break;
		case 'lang':
			$select( array( '' => __( 'The site’s language', 'belarus-solidarity' ) ) + belarus_solidarity_language_names() );
			break;
		case 'time-zone':
			$zones = array( '' => __( 'The visitor’s own zone', 'belarus-solidarity' ) );
			foreach ( timezone_identifiers_list() as $zone ) {
				$zones[ $zone ] = $zone;
			}
			$select( $zones );
			break;
		case 'precision':
			$select(
				array(
					'second' => __( 'Days, hours, minutes and seconds', 'belarus-solidarity' ),
					'minute' => __( 'Days, hours and minutes', 'belarus-solidarity' ),
					'day'    => __( 'Days', 'belarus-solidarity' ),
				)
			);
			break;
		case 'heading-level':
			$select( array_combine( range( 1, 6 ), array_map( 'strval', range( 1, 6 ) ) ) );
			break;
		case 'message':
			printf( '<textarea id="%s" name="%s" rows="3" class="large-text">%s</textarea>', esc_attr( $id ), esc_attr( $input ), esc_textarea( $value ) );
			break;
		default:
			printf(
				'<input type="%s" id="%s" name="%s" value="%s" class="regular-text">',
				'join-url' === $name ? 'url' : 'text',
				esc_attr( $id ),
				esc_attr( $input ),
				'join-url' === $name ? esc_url( $value ) : esc_attr( $value )
			);
	}
}

/** The banner itself, on every page of the site's front end while it is on. */
function belarus_solidarity_banner() {
	$settings = belarus_solidarity_banner_settings();
	if ( ! $settings['enabled'] ) {
		return;
	}
	echo belarus_solidarity_element( array( 'layout' => 'banner' ) + $settings ); // phpcs:ignore WordPress.Security.EscapeOutput -- every value is checked and escaped there.
}

// The banner's rules for the time before the script runs belong in the page's head, before the banner.
add_action(
	'wp_enqueue_scripts',
	function () {
		if ( belarus_solidarity_banner_settings()['enabled'] ) {
			wp_enqueue_style( 'belarus-solidarity' );
		}
	}
);

add_action(
	'wp_body_open',
	function () {
		if ( 'top' === belarus_solidarity_banner_settings()['position'] ) {
			belarus_solidarity_banner();
		}
	}
);

// Before WordPress prints the footer's scripts (priority 20), so the banner's script is among them.
add_action(
	'wp_footer',
	function () {
		if ( 'bottom' === belarus_solidarity_banner_settings()['position'] ) {
			belarus_solidarity_banner();
		}
	},
	5
);
