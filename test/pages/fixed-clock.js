// Loaded before the widget on test pages that run in real time: the page's clock starts at a fixed
// instant (1 July 2026, 00:00 UTC, never 4 August in any zone) and runs on from there, so what the widget
// shows does not depend on the day the tests run. The instant is noon in Auckland, the test browsers' zone,
// half a day from any change of the day count however slowly a page loads.
{
  const start = Date.parse('2026-07-01T00:00:00Z');
  const began = performance.now();
  Date.now = () => start + Math.floor(performance.now() - began);
}
