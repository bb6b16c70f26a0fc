// The texts the configurator's script writes, in English: the source of its catalogs (demo/po/), beside the
// page's own texts (the elements of index.html marked data-text) and the platforms' (platforms.js). A
// {name} is filled in by the script, and every translation keeps each one.

export const TEXTS = {
  'language-name': 'English',
  'language-source': 'English is the text every language translates.',
  'language-reviewed': 'Reviewed by a native speaker: {name}.',
  'language-draft': 'Drafted, awaiting review by a native speaker: read it before you publish it, or ask someone who speaks it.',
  download: 'Download {file}',
  'size-one': '({size} KB, this language only)',
  'size-every': '({size} KB, every language)',
  'time-in': '(time in {zone})',
  'width-value': '{width} px',
  copied: 'Copied',
  'copy-by-hand': 'Selected: press Ctrl+C',
};
