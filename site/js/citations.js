// Citation markers and the source panel they open.
//
// Every marker is a <button> ("[3]") after the words it cites. Activating it opens one shared panel
// (role="dialog", non-modal) right below the marker's line, in document order after the marker, so
// Tab moves from the marker into the panel and on to the rest of the page. Escape or the Close button
// closes the panel and puts focus back on the marker; a click elsewhere closes it too.

import { append, el, externalLink, httpUrl, internalLink, text, timeElement } from './common.js';

const PANEL_ID = 'source-panel';
const NARROW = '(max-width: 40rem)';

const COPY_KINDS = {
  exact: 'an exact copy',
  near: 'a near copy',
  derivative: 'a reworded copy (a rewrite)',
};

/** "a reworded copy (a rewrite) of source 1", or null for an original. */
export function copyDescription(source) {
  if (!Number.isInteger(source.copyOf)) {
    return null;
  }
  const kind = Object.hasOwn(COPY_KINDS, source.copyKind) ? COPY_KINDS[source.copyKind] : 'a copy';
  return `${kind} of source ${source.copyOf}`;
}

/** The anchor of a source in the story's list of sources. */
export function sourceAnchor(n) {
  return `source-${n}`;
}

export class Citations {
  /** @param sources the story's `sources` array */
  constructor(sources) {
    this.sources = new Map();
    for (const source of sources) {
      if (source && Number.isInteger(source.n)) {
        this.sources.set(source.n, source);
      }
    }
    this.cited = new WeakMap();
    this.opener = null;
    this.panel = el('div', {
      id: PANEL_ID,
      class: 'source-panel',
      role: 'dialog',
      'aria-modal': 'false',
      'aria-labelledby': `${PANEL_ID}-title`,
      tabindex: '-1',
      hidden: true,
    });

    document.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && this.isOpen()) {
        event.preventDefault();
        this.close(true);
      }
    });
    document.addEventListener('pointerdown', (event) => {
      if (this.isOpen() && !this.panel.contains(event.target) && !this.opener.contains(event.target)) {
        this.close(false);
      }
    });
    this.panel.addEventListener('focusout', (event) => {
      const next = event.relatedTarget;
      if (this.isOpen() && next instanceof Node && !this.panel.contains(next) && next !== this.opener) {
        this.close(false);
      }
    });
    window.addEventListener('resize', () => this.place());
  }

  isOpen() {
    return this.opener !== null;
  }

  /**
   * The markers for one cited text: a button per source number in `cite`, each opening the panel
   * with `words`. For sentences, quotes and timeline entries the words stand in every cited source.
   * A fact or a side of a disagreement passes `value`: its cite lists the sources that give the
   * value, and its words were read from one of them, so with several sources the panel says so.
   */
  markers(cite, words, value = null) {
    const numbers = Array.isArray(cite) ? cite : [];
    const span = el('span', { class: 'cites' });
    for (const n of numbers) {
      const context = value === null ? null : { value, shared: numbers.length > 1 };
      append(span, this.sources.has(n) ? this.marker(n, words, context) : el('span', {
        class: 'cite-missing',
        title: 'This number names no source of the story',
      }, `[${String(n)}?]`));
    }
    return span;
  }

  marker(n, words, context = null) {
    const button = el('button', {
      type: 'button',
      class: 'cite',
      'aria-label': `Source ${n}`,
      'aria-haspopup': 'dialog',
      'aria-expanded': 'false',
      'aria-controls': PANEL_ID,
    }, `[${n}]`);
    this.cited.set(button, { n, words: String(words ?? ''), context });
    button.addEventListener('click', () => this.toggle(button));
    return button;
  }

  toggle(button) {
    if (this.opener === button) {
      this.close(false);
      return;
    }
    this.open(button);
  }

  open(button) {
    if (this.isOpen()) {
      this.close(false);
    }
    const { n, words, context } = this.cited.get(button);
    this.panel.replaceChildren(...this.content(n, words, context));
    button.after(this.panel);
    this.panel.hidden = false;
    button.setAttribute('aria-expanded', 'true');
    this.opener = button;
    this.place();
    this.panel.focus({ preventScroll: true });
    this.panel.scrollIntoView({ block: 'nearest' });
  }

  /** @param returnFocus whether focus goes back to the marker (Escape, Close) */
  close(returnFocus) {
    const opener = this.opener;
    if (opener === null) {
      return;
    }
    this.opener = null;
    this.panel.hidden = true;
    opener.setAttribute('aria-expanded', 'false');
    if (returnFocus) {
      opener.focus();
    }
  }

  /** Keeps the panel inside the window on wide screens; on phones CSS makes it a bottom sheet. */
  place() {
    this.panel.style.marginLeft = '';
    if (!this.isOpen() || window.matchMedia(NARROW).matches) {
      return;
    }
    const rect = this.panel.getBoundingClientRect();
    const overflow = rect.right - (document.documentElement.clientWidth - 8);
    if (overflow > 0) {
      this.panel.style.marginLeft = `${-Math.min(overflow, Math.max(0, rect.left - 8))}px`;
    }
  }

  content(n, words, context) {
    const source = this.sources.get(n);
    const close = el('button', { type: 'button', class: 'panel-close' }, 'Close');
    close.addEventListener('click', () => this.close(true));
    const head = el('div', { class: 'panel-head' },
      el('p', { id: `${PANEL_ID}-title`, class: 'panel-title' }, `Source ${n}`),
      close);

    let caption = 'The cited words, as they stand in this source:';
    if (context !== null && context.shared) {
      caption = `This source gives “${String(context.value)}”. The value was read from these words, `
        + 'which stand in at least one of the sources cited with it:';
    } else if (context !== null) {
      caption = `This source gives “${String(context.value)}”, in these words:`;
    }
    const quote = el('figure', { class: 'panel-quote' },
      el('figcaption', {}, caption),
      el('blockquote', {}, el('p', {}, el('mark', {}, words))));

    const details = el('dl', { class: 'panel-meta' });
    const row = (term, ...value) => append(details, el('dt', {}, term), el('dd', {}, ...value));
    row('Title', el('cite', {}, text(source.title) ?? 'untitled'));
    row('Publisher', text(source.publisher) ?? notRecorded());
    row('Published', text(source.published) ? timeElement(source.published) : notRecorded());
    row('Address', ...address(source.url));
    const copy = copyDescription(source);
    row('Counted', copy
      ? `No: this is ${copy}, so it does not count as an independent source.`
      : (source.independent === true ? 'Yes: an independent source.' : 'No: not an independent source.'));
    row('Stored as', el('code', {}, String(source.key ?? '')));

    return [
      head,
      quote,
      details,
      el('p', { class: 'panel-more' }, internalLink(`#${sourceAnchor(n)}`, `Source ${n} in the list of sources`)),
    ];
  }
}

function notRecorded() {
  return el('span', { class: 'muted' }, 'not recorded');
}

/** The source's address: a link for http(s), the plain text (marked as not a link) otherwise. */
export function address(url) {
  if (!text(url)) {
    return [el('span', { class: 'muted' }, 'no web address recorded')];
  }
  if (httpUrl(url)) {
    return [externalLink(url)];
  }
  return [externalLink(url), el('span', { class: 'muted' }, ' (not a web address, so not linked)')];
}
