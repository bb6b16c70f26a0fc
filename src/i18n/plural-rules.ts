/**
 * CLDR's plural rules for whole numbers, written out for the widget's languages. The first
 * `Intl.PluralRules` a page builds loads the engine's plural data, a tenth of the widget's first render on
 * a slow phone, for a choice these few lines make. A test holds each rule to the engine's own
 * `Intl.PluralRules` for every number a countdown shows, in every engine the tests run.
 */
export type PluralRule = (n: number) => Intl.LDMLPluralRule;

/** "1 day", "2 days": English, German, Estonian, Spanish, Italian (up to a million, where Spanish and Italian change). */
export const oneOther: PluralRule = (n) => (n === 1 ? 'one' : 'other');

/** French: 0 and 1 are singular. */
export const upToOneOther: PluralRule = (n) => (n < 2 ? 'one' : 'other');

/** Belarusian, Russian, Ukrainian: 1, 21 (not 11); 2–4, 22–24 (not 12–14); the rest. */
export const eastSlavic: PluralRule = (n) => {
  const last = n % 10;
  const teen = n % 100 > 10 && n % 100 < 15;
  return last === 1 && !teen ? 'one' : last > 1 && last < 5 && !teen ? 'few' : 'many';
};

/** Polish: 1 alone; 2–4, 22–24 (not 12–14); the rest. */
export const polish: PluralRule = (n) => {
  const last = n % 10;
  return n === 1 ? 'one' : last > 1 && last < 5 && (n % 100 < 12 || n % 100 > 14) ? 'few' : 'many';
};

/** Lithuanian: 1, 21 (not 11–19); 2–9, 22–29 (not 11–19); 10, 11–19, 20. */
export const lithuanian: PluralRule = (n) => {
  const last = n % 10;
  return last === 0 || (n % 100 > 10 && n % 100 < 20) ? 'other' : last === 1 ? 'one' : 'few';
};

/** Latvian: 0, 10, 11–19, 20; 1, 21 (not 11); the rest. */
export const latvian: PluralRule = (n) => {
  const last = n % 10;
  return last === 0 || (n % 100 > 10 && n % 100 < 20) ? 'zero' : last === 1 ? 'one' : 'other';
};

/** Czech, Slovak: 1; 2–4; the rest (and 0). */
export const czechSlovak: PluralRule = (n) => (n === 1 ? 'one' : n > 1 && n < 5 ? 'few' : 'other');

/** Slovenian: 1, 101, 201; 2, 102; 3–4, 103–104; the rest. */
export const slovenian: PluralRule = (n) => {
  const hundred = n % 100;
  return hundred === 1 ? 'one' : hundred === 2 ? 'two' : hundred === 3 || hundred === 4 ? 'few' : 'other';
};

/** Croatian: as Belarusian, Russian and Ukrainian, but the last form is `other`. */
export const croatian: PluralRule = (n) => {
  const category = eastSlavic(n);
  return category === 'many' ? 'other' : category;
};

/** Romanian: 1; 0 and numbers ending in 01–19 (2, 19, 101); the rest (20, 120…). */
export const romanian: PluralRule = (n) => {
  const hundred = n % 100;
  return n === 1 ? 'one' : n === 0 || (hundred > 0 && hundred < 20) ? 'few' : 'other';
};
