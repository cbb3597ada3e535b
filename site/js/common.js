// Shared helpers for the reader site.
//
// Everything the desk publishes comes from article text, and article text is untrusted. So this file
// is the only way the site builds DOM: elements are created with createElement and filled with text
// nodes, never with HTML strings (no innerHTML, insertAdjacentHTML or document.write anywhere), and a
// link to the outside is made only for an absolute http(s) URL. The Content-Security-Policy in each
// page (script-src 'self', Trusted Types required) is the second lock on the same door.

export const STORY_SCHEMA = 'newsdesk.story/1';
export const MOVED_SCHEMA = 'newsdesk.moved/1';
export const INDEX_SCHEMA = 'newsdesk.index/1';

const STORY_ID = /^st-[0-9a-f]{12}$/;

// Attributes that could carry script or a URL; el() refuses them so that a URL can only enter the
// page through internalLink() or externalLink(), which check it.
const REFUSED_ATTRIBUTES = /^(on|style$|href$|src$|srcdoc$|action$|formaction$|xlink:href$)/i;

/**
 * Creates an element. `attrs` are fixed attribute names chosen by the site's code (never by data);
 * `children` are nodes or strings, and strings always become text nodes.
 */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) {
      continue;
    }
    if (REFUSED_ATTRIBUTES.test(name)) {
      throw new Error(`el(): attribute '${name}' must be set through a checked helper`);
    }
    node.setAttribute(name, value === true ? '' : String(value));
  }
  append(node, ...children);
  return node;
}

/** Appends nodes and strings (as text) to `parent`, skipping null and undefined. */
export function append(parent, ...children) {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) {
      continue;
    }
    parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return parent;
}

/** A story id as the schema pins it, e.g. st-0123456789ab. */
export function isStoryId(value) {
  return typeof value === 'string' && STORY_ID.test(value);
}

/** The address of a story page, or null when `id` is not a story id. */
export function storyPageHref(id) {
  return isStoryId(id) ? `story.html?id=${encodeURIComponent(id)}` : null;
}

/** A link to a page of this site (`href` is built by the site's code, e.g. by storyPageHref). */
export function internalLink(href, ...children) {
  const a = el('a', {}, ...children);
  a.setAttribute('href', href);
  return a;
}

/**
 * The normalised address when `value` is an absolute http: or https: URL, else null. Relative
 * references, javascript:, data:, vbscript:, file: and everything else are not links.
 */
export function httpUrl(value) {
  if (typeof value !== 'string' || value.trim() === '') {
    return null;
  }
  let url;
  try {
    url = new URL(value.trim());
  } catch {
    return null;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
}

/**
 * A link to a source's page when `value` is an http(s) URL; otherwise the text itself, so a reader
 * still sees what the source recorded, but cannot follow it.
 */
export function externalLink(value, text) {
  const url = httpUrl(value);
  if (url === null) {
    return el('span', { class: 'not-a-link' }, text ?? String(value));
  }
  const a = el('a', { rel: 'noopener noreferrer nofollow', class: 'external' }, text ?? url.href);
  a.href = url.href;
  return a;
}

/** Reads a JSON document of this site; throws an Error whose message a reader can understand. */
export async function fetchJson(path) {
  let response;
  try {
    response = await fetch(path, { cache: 'no-cache', headers: { Accept: 'application/json' } });
  } catch {
    throw new Error(`Could not reach ${path}. Check the connection and reload the page.`);
  }
  if (response.status === 404) {
    const error = new Error(`${path} was not found.`);
    error.notFound = true;
    throw error;
  }
  if (!response.ok) {
    throw new Error(`${path} could not be loaded (HTTP ${response.status}).`);
  }
  try {
    return await response.json();
  } catch {
    throw new Error(`${path} is not valid JSON.`);
  }
}

/** `value` when it is an array, else an empty one: the page renders what it can of a damaged document. */
export function list(value) {
  return Array.isArray(value) ? value : [];
}

/** `value` when it is a non-empty string, else null. */
export function text(value) {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

const STATUS = {
  'single-source': {
    label: 'Single source',
    explain: 'Only one independent source reports this so far.',
  },
  developing: {
    label: 'Developing',
    explain: 'Two independent sources report this.',
  },
  confirmed: {
    label: 'Confirmed',
    explain: 'Three or more independent sources report this.',
  },
};

/** The badge for a story's status: a text label (colour is never the only signal). */
export function statusBadge(status) {
  const known = Object.hasOwn(STATUS, status) ? STATUS[status] : null;
  return el('span', {
    class: `badge badge-${known ? status : 'unknown'}`,
    title: known ? known.explain : null,
  }, known ? known.label : 'Status unknown');
}

/** "1 independent source", "3 independent sources". */
export function plural(count, one, many) {
  const n = Number.isInteger(count) ? count : 0;
  return `${n} ${n === 1 ? one : many}`;
}

const INSTANT = new Intl.DateTimeFormat(undefined, {
  year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short',
});

/**
 * A <time> element for an ISO-8601 value: a full instant, a date (2024-01-28), a month (2024-01),
 * a year (2024) or a date without a year (--01-28). Anything else is shown as the text it is.
 */
export function timeElement(value) {
  const shown = describeDate(value);
  if (shown === null) {
    return el('span', {}, String(value ?? ''));
  }
  return el('time', { datetime: shown.datetime }, shown.text);
}

function describeDate(value) {
  if (typeof value !== 'string') {
    return null;
  }
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (m && validMonthDay(m[2], m[3])) {
    return { datetime: value, text: utcFormat({ year: 'numeric', month: 'long', day: 'numeric' }, m[1], m[2], m[3]) };
  }
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m && validMonthDay(m[2], '01')) {
    return { datetime: value, text: utcFormat({ year: 'numeric', month: 'long' }, m[1], m[2], '01') };
  }
  m = /^(\d{4})$/.exec(value);
  if (m) {
    return { datetime: value, text: value };
  }
  m = /^--(\d{2})-(\d{2})$/.exec(value);
  if (m && validMonthDay(m[1], m[2])) {
    // HTML's yearless date is MM-DD; the year is not guessed.
    return {
      datetime: `${m[1]}-${m[2]}`,
      text: `${utcFormat({ month: 'long', day: 'numeric' }, '2000', m[1], m[2])} (year not given)`,
    };
  }
  if (/^\d{4}-\d{2}-\d{2}T/.test(value)) {
    const millis = Date.parse(value);
    if (!Number.isNaN(millis)) {
      return { datetime: value, text: INSTANT.format(new Date(millis)) };
    }
  }
  return null;
}

function validMonthDay(month, day) {
  const mm = Number(month);
  const dd = Number(day);
  return mm >= 1 && mm <= 12 && dd >= 1 && dd <= 31;
}

function utcFormat(options, year, month, day) {
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return new Intl.DateTimeFormat(undefined, { ...options, timeZone: 'UTC' }).format(date);
}

/** "killed" -> "Killed": slot names are lower-case words. */
export function capitalise(value) {
  const s = String(value ?? '');
  return s.charAt(0).toLocaleUpperCase() + s.slice(1);
}

/**
 * Shows a message in place of the page's content. `role="alert"` makes screen readers announce it.
 */
export function showProblem(container, message, ...extra) {
  container.replaceChildren(el('div', { class: 'problem', role: 'alert' }, el('p', {}, message), ...extra));
}
