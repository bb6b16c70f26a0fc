// Where partners paste the widget, and what each place does to a snippet. `form` is what the configurator
// gives there: the full snippet, the one-tag `data-mount` line, the snippet for a sandboxed frame whose
// height the partner sets by hand, the WordPress plugin's shortcode, or a plain link where no script runs.
// `elsewhere`: the page is on the platform's servers, so a file on the partner's own server is on another
// site than the page, and a browser checks its integrity hash only if that server allows it (CORS).
// Every claim here rests on a test of the platform's constraint: test/platforms.test.ts.
// `name` and `steps` are the English source of the configurator's catalogs (demo/po/): in `steps`, a <b> is a
// name the platform shows in its menus, which every translation keeps as it is here.

export const PLATFORMS = {
  page: {
    name: 'A page of my own site (HTML)',
    form: 'snippet',
    elsewhere: false,
    steps: 'Paste the code into the page’s HTML, where the widget should stand.',
  },
  'wordpress-plugin': {
    name: 'WordPress: the plugin',
    form: 'shortcode',
    steps: '',
  },
  'wordpress-html': {
    name: 'WordPress: a Custom HTML block',
    form: 'snippet',
    elsewhere: false,
    steps:
      'Only for administrators of a single site: WordPress removes scripts that Authors, Contributors and, on a ' +
      'network, site administrators save (they use the plugin). In the block editor: <b>+ → Custom HTML</b>, paste the code.',
  },
  blogger: {
    name: 'Blogger',
    form: 'snippet',
    elsewhere: true,
    steps:
      'In the sidebar: <b>Layout → Add a Gadget → HTML/JavaScript</b>, paste the code, <b>Save</b>. Sidebars are ' +
      'narrow: choose the compact layout. In a post: switch the editor to <b>HTML view</b> and paste it there.',
  },
  ghost: {
    name: 'Ghost',
    form: 'snippet',
    elsewhere: true,
    steps:
      'In a post or page: <b>+ → HTML</b>, paste the code. For a banner on every page, take the one line under “For ' +
      'developers” with the banner layout, and paste it under <b>Settings → Code injection → Site header</b> (at the ' +
      'top of every page) or <b>Site footer</b> (at the bottom).',
  },
  tilda: {
    name: 'Tilda',
    form: 'snippet',
    elsewhere: true,
    steps: '<b>Add block → Other → T123</b>, <b>Content</b>, paste the code, <b>Save</b>, then <b>Publish</b>.',
  },
  wix: {
    name: 'Wix',
    form: 'frame',
    elsewhere: true,
    steps:
      '<b>Add Elements (+) → Embed Code → Embed HTML</b>, choose <b>Code</b>, paste the code, <b>Update</b>. Wix shows ' +
      'it in a box whose size you set: make the box {width} px wide and {height} px tall (for the column width chosen above).',
  },
  'google-sites': {
    name: 'Google Sites',
    form: 'frame',
    elsewhere: true,
    steps:
      '<b>Insert → Embed → Embed code</b>, paste the code, <b>Next → Insert</b>. Google Sites shows it in a box whose ' +
      'size you set: drag the box to {width} px wide and {height} px tall (for the column width chosen above).',
  },
  squarespace: {
    name: 'Squarespace',
    form: 'snippet',
    elsewhere: true,
    steps: '<b>Edit → Add Block → Code</b>, paste the code. Scripts in Code blocks run only on plans that allow JavaScript.',
  },
  webflow: {
    name: 'Webflow',
    form: 'snippet',
    elsewhere: true,
    steps: '<b>Add (+) → Code Embed</b>, paste the code, <b>Save &amp; Close</b>. Scripts run on the published site, not in the Designer.',
  },
  'script-only': {
    name: 'A box that takes only a script tag',
    form: 'one-line',
    elsewhere: true,
    steps: 'Paste the line: the widget appears right after it (at the top of the page if the box is in the page’s head).',
  },
  'no-script': {
    name: 'WordPress.com (free plans), Medium, Substack',
    form: 'link',
    steps:
      'These remove scripts and embeds of this kind, so the widget cannot run there (code would vanish without a word). ' +
      'Paste this text and link instead.',
  },
};
