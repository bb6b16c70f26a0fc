// The room a pasted widget keeps before its script runs. Its height depends on the width of the partner's
// column, which the demo cannot know: so the demo measures the widget at every column width and writes a
// height that follows the column. CSS can do that through padding, whose percentages are of the width:
// a zero-width float with `padding-top: calc(…100%…)` holds a height that is a function of the column.

/** Column widths the widget is measured at, in px. */
export const WIDTHS = Array.from({ length: 49 }, (_, i) => 240 + i * 20);

/**
 * The fewest points whose straight segments stay within `tolerance` px of every measured point
 * (Ramer–Douglas–Peucker), so the rule stays short where the height changes little.
 */
function simplify(points, tolerance) {
  if (points.length <= 2) return points;
  const [first, last] = [points[0], points.at(-1)];
  let worst = 0;
  let at = 0;
  for (let i = 1; i < points.length - 1; i++) {
    const [w, h] = points[i];
    const line = first[1] + ((last[1] - first[1]) * (w - first[0])) / (last[0] - first[0]);
    if (Math.abs(h - line) > worst) [worst, at] = [Math.abs(h - line), i];
  }
  if (worst <= tolerance) return [first, last];
  return [...simplify(points.slice(0, at + 1), tolerance).slice(0, -1), ...simplify(points.slice(at), tolerance)];
}

const px = (n) => `${Math.round(n * 100) / 100}px`;
const num = (n) => String(Math.round(n * 10000) / 10000);

/**
 * A CSS length (in terms of `100%`, the column's width) through the measured `[width, height]` points: the
 * first slope below the narrowest, flat above the widest, straight between the points kept.
 */
export function heightRule(points, tolerance = 1) {
  const kept = simplify(points, tolerance);
  if (kept.length === 1) return px(kept[0][1]);
  const slopes = kept.slice(1).map(([w, h], i) => (h - kept[i][1]) / (w - kept[i][0]));
  const [w0, h0] = kept[0];
  const terms = [`${px(h0)} + ${num(slopes[0])} * (100% - ${px(w0)})`];
  // Each bend changes the slope from the previous one; past the widest point the height stays.
  for (let i = 1; i <= slopes.length; i++) {
    const change = (slopes[i] ?? 0) - slopes[i - 1];
    if (Math.abs(change) > 1e-6) terms.push(`${num(change)} * max(0px, 100% - ${px(kept[i][0])})`);
  }
  return `calc(${terms.join(' + ')})`;
}
