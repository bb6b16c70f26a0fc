<?php
/**
 * Uninstalling removes the banner's settings, on every site of a network: the plugin leaves nothing behind.
 * Posts keep the widgets their authors put in them, as their fallback link.
 *
 * @package belarus-solidarity
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

if ( is_multisite() ) {
	foreach ( get_sites( array( 'fields' => 'ids', 'number' => 0 ) ) as $belarus_solidarity_site ) {
		switch_to_blog( $belarus_solidarity_site );
		delete_option( 'belarus_solidarity_banner' );
		restore_current_blog();
	}
} else {
	delete_option( 'belarus_solidarity_banner' );
}
