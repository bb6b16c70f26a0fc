/**
 * What keeps a widget live, as one Lit reactive controller: the shared clock, the shared visibility observer
 * that says whether the widget is in sight, the visitor's reduced-motion setting, and the `lang` observers of
 * the trees it inherits its language from. Each asks the widget to update. The widget says, after each
 * update, when it must be woken next; only a change of surroundings (a move, a `lang`, the motion setting)
 * says its options may have changed.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { wakeAt } from './clock.js';
import { onLangChange } from './lang-observer.js';
import { watchVisibility } from './visibility.js';

// One query for the page, made on first use; `matches` follows the setting as it changes.
let motionQuery: MediaQueryList | undefined;
const motion = () => (motionQuery ??= matchMedia('(prefers-reduced-motion: reduce)'));

export class LiveController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  #stopWatching: (() => void) | undefined;
  #stopFollowingLang: (() => void) | undefined;
  /** Told when what the widget inherits may have changed: it was (re)connected, or a `lang` changed. */
  readonly #onContextChange: () => void;
  readonly #onMotionChange = () => this.#contextChanged();
  /** The widget's one wake with the shared clock. */
  readonly #wake = () => this.#host.requestUpdate();
  /**
   * Whether the widget is in the viewport: out of sight, it needs waking only for its schedule. Until the
   * observer first reports, the widget counts as in sight, so it ticks from the start.
   */
  inSight = true;

  constructor(host: ReactiveControllerHost & HTMLElement, onContextChange: () => void) {
    this.#host = host;
    this.#onContextChange = onContextChange;
    host.addController(this);
  }

  /** Whether the visitor asked for less motion; read on every update, so it is never stale. */
  get reducedMotion(): boolean {
    return motion().matches;
  }

  hostConnected(): void {
    // A widget put back after a while away renders at once, never showing the time it was removed at.
    this.inSight = true;
    this.#contextChanged();
    this.#stopWatching = watchVisibility(this.#host, (visible) => {
      this.inSight = visible;
      this.#host.requestUpdate();
    });
    this.#stopFollowingLang = onLangChange(this.#host, () => this.#contextChanged());
    motion().addEventListener('change', this.#onMotionChange);
  }

  hostDisconnected(): void {
    this.wakeAt(Infinity);
    this.#stopWatching?.();
    this.#stopFollowingLang?.();
    this.#stopWatching = this.#stopFollowingLang = undefined;
    motion().removeEventListener('change', this.#onMotionChange);
  }

  /** Updates the widget at `instant` (`Infinity`: not until something else changes). */
  wakeAt(instant: number): void {
    wakeAt(this.#wake, instant);
  }

  #contextChanged(): void {
    this.#onContextChange();
    this.#host.requestUpdate();
  }
}
