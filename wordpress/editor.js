/**
 * The block in the editor: the real widget, live, with a sidebar control for each of its options. Plain
 * script on WordPress's own globals, so the plugin needs no build step of its own.
 */
( function ( blocks, element, blockEditor, components, i18n ) {
	const el = element.createElement;
	const { __ } = i18n;
	const { InspectorControls, useBlockProps } = blockEditor;
	const { PanelBody, SelectControl, TextControl, TextareaControl, ToggleControl, RangeControl, Notice } = components;

	// The twelve languages by their own names, as the plugin's PHP gives them to the editor.
	const LANGUAGES = window.belarusSolidarity.languageNames;

	/** A link the widget follows and the server keeps: http, https or mailto, or a path on this site. */
	function linkOf( value ) {
		const url = value.replace( /[\t\n\r]/g, '' ).trim();
		if ( ! url ) return '';
		if ( url.startsWith( '/' ) && ! /^[a-z][a-z0-9+.-]*:/i.test( url ) ) return url;
		try {
			return [ 'http:', 'https:', 'mailto:' ].includes( new URL( url ).protocol ) ? url : '';
		} catch ( error ) {
			return '';
		}
	}

	/** The element's attributes for the block's, leaving out what is unset or the widget's default. */
	function elementAttributes( a ) {
		const attributes = {
			layout: a.layout === 'card' ? '' : a.layout,
			theme: a.theme === 'light' ? '' : a.theme,
			lang: LANGUAGES[ a.lang ] ? a.lang : '',
			'time-zone': a.timeZone,
			'join-url': linkOf( a.joinUrl ),
			'join-label': a.joinLabel.trim(),
			precision: a.precision === 'second' ? '' : a.precision,
			'show-days-before': /^\d{1,3}$/.test( a.showDaysBefore ) && +a.showDaysBefore <= 365 ? a.showDaysBefore : '',
			'heading-level': a.headingLevel === '2' ? '' : a.headingLevel,
		};
		return Object.fromEntries( Object.entries( attributes ).filter( ( [ , value ] ) => value ) );
	}

	/** The partner's words in the widget's slots. */
	function words( a ) {
		return [
			a.heading.trim() && el( 'span', { slot: 'heading', key: 'heading' }, a.heading.trim() ),
			a.message.trim() && el( 'p', { slot: 'message', key: 'message' }, a.message.trim() ),
		].filter( Boolean );
	}

	/**
	 * What the post keeps: the element with its fallback, which is what the visitor sees if the plugin is ever
	 * deactivated (and what feeds show without the plugin). It depends on the block's attributes alone.
	 */
	function save( { attributes: a } ) {
		const link = linkOf( a.joinUrl );
		const name = a.heading.trim() || window.belarusSolidarity.dayNames[ a.lang ] || window.belarusSolidarity.dayNames.en;
		return el(
			'belarus-solidarity',
			elementAttributes( a ),
			...words( a ),
			link ? el( 'a', { href: link, key: 'fallback' }, name ) : el( 'strong', { key: 'fallback' }, name )
		);
	}

	/** The zones this browser knows, by name, after the visitor's own. */
	function timeZones( current ) {
		const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf( 'timeZone' ) : [];
		if ( current && ! zones.includes( current ) ) zones.unshift( current );
		return Object.fromEntries( [ [ '', __( 'The visitor’s own zone', 'belarus-solidarity' ) ] ].concat( zones.map( ( zone ) => [ zone, zone.replace( /_/g, ' ' ) ] ) ) );
	}

	// How much of the block its place lets be edited: 'contentOnly' inside a pattern or template part locked to
	// its content (WordPress 6.3 and later; before, every block is edited whole).
	const useEditingMode = blockEditor.useBlockEditingMode ?? ( () => 'default' );

	function edit( { attributes: a, setAttributes, isSelected } ) {
		const set = ( name ) => ( value ) => setAttributes( { [ name ]: value } );
		/** A choice among `choices`, an object of values and their labels. */
		const select = ( name, label, choices, help ) =>
			el( SelectControl, {
				label,
				help,
				value: a[ name ],
				options: Object.entries( choices ).map( ( [ value, text ] ) => ( { value, label: text } ) ),
				onChange: set( name ),
			} );
		const scheduled = a.showDaysBefore !== '';
		const wrongLink = a.joinUrl.trim() !== '' && ! linkOf( a.joinUrl );
		const siteLanguage = window.belarusSolidarity.siteLanguage;

		// The partner's words and join link: the block's content, editable even where its place is locked to content.
		const content = [
			el( TextControl, {
				label: __( 'Join link', 'belarus-solidarity' ),
				help: wrongLink
					? __( 'Only http, https and mailto links work; this one is left out.', 'belarus-solidarity' )
					: __( 'Where your visitors join: your event, your campaign. Without it the widget tells how to join.', 'belarus-solidarity' ),
				type: 'url',
				value: a.joinUrl,
				onChange: set( 'joinUrl' ),
			} ),
			el( TextControl, {
				label: __( 'Join link text', 'belarus-solidarity' ),
				value: a.joinLabel,
				onChange: set( 'joinLabel' ),
			} ),
			el( TextControl, {
				label: __( 'Your own heading', 'belarus-solidarity' ),
				value: a.heading,
				onChange: set( 'heading' ),
			} ),
			el( TextareaControl, {
				label: __( 'Your own message', 'belarus-solidarity' ),
				help: __( 'An event of yours, a line in your own words.', 'belarus-solidarity' ),
				value: a.message,
				onChange: set( 'message' ),
			} )
		];

		const controls = el(
			InspectorControls,
			null,
			el(
				PanelBody,
				{ title: __( 'Widget', 'belarus-solidarity' ) },
				select( 'layout', __( 'Layout', 'belarus-solidarity' ), {
					card: __( 'Card: everything, for an article', 'belarus-solidarity' ),
					banner: __( 'Banner: one strip, for the top or bottom of a page', 'belarus-solidarity' ),
					compact: __( 'Compact: countdown and join link, for a sidebar', 'belarus-solidarity' ),
				} ),
				select( 'theme', __( 'Theme', 'belarus-solidarity' ), {
					light: __( 'Light', 'belarus-solidarity' ),
					dark: __( 'Dark', 'belarus-solidarity' ),
					auto: __( 'As the visitor’s system', 'belarus-solidarity' ),
				} ),
				select( 'lang', __( 'Language', 'belarus-solidarity' ), { '': __( 'The site’s language', 'belarus-solidarity' ), ...LANGUAGES } ),
				select( 'timeZone', __( 'Time zone', 'belarus-solidarity' ), timeZones( a.timeZone ), __( '4 August begins at midnight in this zone.', 'belarus-solidarity' ) ),
				select( 'precision', __( 'Countdown shows', 'belarus-solidarity' ), {
					second: __( 'Days, hours, minutes and seconds', 'belarus-solidarity' ),
					minute: __( 'Days, hours and minutes', 'belarus-solidarity' ),
					day: __( 'Days', 'belarus-solidarity' ),
				} ),
				select(
					'headingLevel',
					__( 'Heading level', 'belarus-solidarity' ),
					{ 1: 'H1', 2: 'H2', 3: 'H3', 4: 'H4', 5: 'H5', 6: 'H6' },
					__( 'So the widget fits the outline of the page.', 'belarus-solidarity' )
				)
			),
			el(
				PanelBody,
				{ title: __( 'When', 'belarus-solidarity' ) },
				el( ToggleControl, {
					label: __( 'Only in the days before 4 August', 'belarus-solidarity' ),
					checked: scheduled,
					onChange: ( on ) => setAttributes( { showDaysBefore: on ? '7' : '' } ),
				} ),
				scheduled &&
					el( RangeControl, {
						label: __( 'Days before 4 August', 'belarus-solidarity' ),
						help: __( 'The rest of the year the widget takes no room at all.', 'belarus-solidarity' ),
						min: 0,
						max: 365,
						value: Number( a.showDaysBefore ),
						onChange: ( days ) => setAttributes( { showDaysBefore: String( days ?? 7 ) } ),
					} )
			),
			el( PanelBody, { title: __( 'Join link and your own words', 'belarus-solidarity' ) }, ...content )
		);

		// The widget follows the site's language on the site; in the editor, the page is in the editor's.
		const widgetAttributes = elementAttributes( a );
		if ( ! widgetAttributes.lang && siteLanguage ) widgetAttributes.lang = siteLanguage;

		// Locked to its content, WordPress shows no block settings in the sidebar: the words are edited in place.
		const contentOnly = useEditingMode() === 'contentOnly';

		return el(
			'div',
			useBlockProps(),
			! contentOnly && controls,
			el( 'belarus-solidarity', widgetAttributes, ...words( a ) ),
			contentOnly && isSelected && el( 'div', { className: 'belarus-solidarity-content' }, ...content ),
			scheduled &&
				el(
					Notice,
					{ status: 'info', isDismissible: false },
					__( 'Visitors see this widget only from the chosen number of days before 4 August through the end of the day.', 'belarus-solidarity' )
				)
		);
	}

	blocks.registerBlockType( 'belarus-solidarity/countdown', { edit, save } );
} )( window.wp.blocks, window.wp.element, window.wp.blockEditor, window.wp.components, window.wp.i18n );
