// The story page: story.html?id=<id> reads stories/<id>.json (schema newsdesk.story/1). A story that
// was merged or renamed leaves a newsdesk.moved/1 document at its old address; the page follows its
// movedTo (a few hops at most) and says so.

import { Citations, address, copyDescription, sourceAnchor } from './citations.js';
import {
  MOVED_SCHEMA, STORY_SCHEMA, append, capitalise, el, fetchJson, internalLink, isStoryId, list, plural,
  showProblem, statusBadge, text, timeElement,
} from './common.js';

const MAX_MOVES = 5;
const SECTION_TITLES = {
  'what happened': 'What happened',
  details: 'Details',
  reactions: 'Reactions',
  background: 'Background',
};

const statusLine = document.getElementById('load-status');
const storyElement = document.getElementById('story');

// The "On this page" list; section() adds an entry for every section it makes.
let tocList = null;

function backToFront() {
  return el('p', {}, internalLink('index.html', 'See all stories'));
}

function fail(message) {
  statusLine.textContent = '';
  storyElement.hidden = true;
  const box = el('div');
  statusLine.after(el('h1', {}, 'Story not available'), box);
  showProblem(box, message, backToFront());
  document.title = 'Story not available: newsdesk';
  document.body.dataset.ready = 'error';
}

/** Reads the story, following moved documents. Returns { story, movedFrom } or throws. */
async function load(id) {
  const seen = [];
  let current = id;
  for (let hop = 0; hop <= MAX_MOVES; hop += 1) {
    if (seen.includes(current)) {
      throw new Error(`The story ${id} points to itself through its moves (${[...seen, current].join(' → ')}).`);
    }
    seen.push(current);
    const doc = await fetchJson(`stories/${current}.json`);
    if (doc && doc.schema === STORY_SCHEMA) {
      if (doc.id !== current) {
        throw new Error(`stories/${current}.json holds a different story (${String(doc.id)}).`);
      }
      return { story: doc, movedFrom: seen.length > 1 ? id : null };
    }
    if (doc && doc.schema === MOVED_SCHEMA) {
      if (!isStoryId(doc.movedTo)) {
        throw new Error(`The story ${current} moved, but its new address is not a story id.`);
      }
      current = doc.movedTo;
      continue;
    }
    throw new Error(`stories/${current}.json is not a newsdesk story.`);
  }
  throw new Error(`The story ${id} moved more than ${MAX_MOVES} times; giving up.`);
}

function section(id, title, ...children) {
  const heading = el('h2', { id: `${id}-title` }, title);
  append(tocList, el('li', {}, internalLink(`#${id}`, title)));
  return el('section', { id, class: `story-section section-${id}`, 'aria-labelledby': `${id}-title` }, heading, ...children);
}

/** A run of cited sentences as one paragraph: each sentence followed by its markers. */
function citedParagraph(sentences, citations, className) {
  const p = el('p', { class: className });
  list(sentences).forEach((sentence, i) => {
    if (!sentence || !text(sentence.text)) {
      return;
    }
    if (i > 0) {
      append(p, ' ');
    }
    append(p, el('span', { class: 'sentence' }, sentence.text), citations.markers(sentence.cite, sentence.text));
  });
  return p;
}

function header(story, citations, movedFrom) {
  const sources = list(story.sources);
  const copies = sources.filter((s) => s && Number.isInteger(s.copyOf)).length;
  const headlineSource = story.headline && Number.isInteger(story.headline.source) ? story.headline.source : null;
  const headline = text(story.headline && story.headline.text) ?? 'Untitled story';

  const parts = [];
  if (movedFrom) {
    parts.push(el('p', { class: 'notice', role: 'status' },
      `The story you asked for (${movedFrom}) has been merged into this one.`));
  }
  parts.push(el('h1', { id: 'headline' }, headline));
  if (headlineSource !== null) {
    parts.push(el('p', { class: 'headline-source muted' },
      `Headline: the title of source ${headlineSource} `, citations.markers([headlineSource], headline)));
  }
  parts.push(el('p', { class: 'story-meta' },
    statusBadge(story.status), ' ',
    el('span', {}, plural(story.independentSources, 'independent source', 'independent sources')),
    el('span', { class: 'muted' }, ` (${articleCount(story, sources.length)}`
      + `${copies > 0 ? `, ${plural(copies, 'copy', 'copies')} not counted` : ''})`),
    el('span', { class: 'sep', 'aria-hidden': 'true' }, ' · '),
    el('span', {}, 'Updated ', timeElement(story.updated)),
    el('span', { class: 'sep', 'aria-hidden': 'true' }, ' · '),
    el('span', {}, `Version ${Number.isInteger(story.version) ? story.version : '?'}`)));
  return el('header', { class: 'story-header' }, ...parts);
}

function lede(story, citations) {
  return citedParagraph(story.summary, citations, 'lede');
}

function body(story, citations) {
  const blocks = list(story.body).filter((b) => b && list(b.sentences).length > 0);
  if (blocks.length === 0) {
    return null;
  }
  const wrapper = el('div', { class: 'story-body' });
  blocks.forEach((block, i) => {
    const title = Object.hasOwn(SECTION_TITLES, block.section) ? SECTION_TITLES[block.section]
      : capitalise(text(block.section) ?? 'More');
    append(wrapper, section(`body-${i + 1}`, title, citedParagraph(block.sentences, citations, 'body-text')));
  });
  return wrapper;
}

function facts(story, citations) {
  const rows = list(story.facts).filter((f) => f && text(f.slot));
  if (rows.length === 0) {
    return null;
  }
  const table = el('table', { class: 'facts' },
    el('caption', {}, 'Each value with the words it was read from, how many independent sources give it, '
      + 'and the sources cited for it.'),
    el('thead', {}, el('tr', {},
      el('th', { scope: 'col' }, 'Fact'),
      el('th', { scope: 'col' }, 'Value, in the source’s words'),
      el('th', { scope: 'col' }, 'Independent sources'))),
    el('tbody', {}, ...rows.map((fact) => el('tr', {},
      el('th', { scope: 'row' }, capitalise(fact.slot)),
      el('td', { class: 'fact-value' },
        el('span', { class: 'value' }, /^(\d{4}(-\d{2}(-\d{2})?)?|--\d{2}-\d{2})$/.test(String(fact.value))
          ? timeElement(fact.value) : String(fact.value ?? '')),
        el('q', { class: 'words' }, String(fact.words ?? ''))),
      el('td', { class: 'fact-support' },
        el('span', { class: 'number' }, String(Number.isInteger(fact.independentSources) ? fact.independentSources : '?')),
        citations.markers(fact.cite, fact.words, String(fact.value ?? '')))))));
  return section('facts', 'Key facts',
    el('div', { class: 'table-scroll', role: 'region', 'aria-labelledby': 'facts-title', tabindex: '0' }, table));
}

function disagreements(story, citations) {
  const items = list(story.disagreements).filter((d) => d && list(d.claims).length > 0);
  if (items.length === 0) {
    return null;
  }
  return section('disagreements', 'Where sources disagree',
    el('p', { class: 'muted' }, 'Independent sources give different values here. Each value is shown with its '
      + 'sources; none is picked as the right one.'),
    ...items.map((d, i) => el('div', { class: 'disagreement', role: 'group', 'aria-labelledby': `disagreement-${i + 1}` },
      el('h3', { id: `disagreement-${i + 1}` }, capitalise(d.slot)),
      el('ul', { class: 'claims' }, ...list(d.claims).map((claim, j) => el('li', { class: 'claim' },
        el('p', { class: 'claim-label muted' }, `Version ${j + 1} of ${list(d.claims).length}`),
        el('p', { class: 'claim-value' }, String(claim.value ?? '')),
        el('blockquote', {}, el('p', {}, String(claim.words ?? ''))),
        el('p', { class: 'claim-cite' }, 'Given by ', citations.markers(claim.cite, claim.words, String(claim.value ?? '')))))))));
}

function timeline(story, citations) {
  const entries = list(story.timeline).filter((t) => t && text(t.text));
  if (entries.length === 0) {
    return null;
  }
  return section('timeline', 'Timeline',
    el('ol', { class: 'timeline' }, ...entries.map((entry) => el('li', {},
      el('p', { class: 'timeline-date' }, timeElement(entry.date)),
      el('p', {}, el('span', { class: 'sentence' }, entry.text), citations.markers(entry.cite, entry.text))))));
}

function quotes(story, citations) {
  const items = list(story.quotes).filter((q) => q && text(q.text));
  if (items.length === 0) {
    return null;
  }
  return section('quotes', 'Quotes',
    el('ul', { class: 'quotes' }, ...items.map((quote) => el('li', {},
      el('figure', { class: 'quote' },
        el('blockquote', {}, el('p', {}, `“${quote.text}”`)),
        el('figcaption', {},
          text(quote.speaker) ? `— ${quote.speaker} ` : el('span', { class: 'muted' }, '— speaker not named in the source '),
          citations.markers(quote.cite, quote.text)))))));
}

function sourcesSection(story) {
  const items = list(story.sources).filter((s) => s && Number.isInteger(s.n));
  return section('sources', 'Sources',
    el('ol', { class: 'sources' }, ...items.map((source) => {
      const copy = copyDescription(source);
      return el('li', { id: sourceAnchor(source.n), class: copy ? 'source is-copy' : 'source', value: source.n },
        el('p', { class: 'source-title' },
          el('span', { class: 'source-n' }, `[${source.n}] `),
          el('cite', {}, text(source.title) ?? 'untitled')),
        el('p', { class: 'source-meta' },
          text(source.publisher) ?? el('span', { class: 'muted' }, 'publisher not recorded'),
          el('span', { class: 'sep', 'aria-hidden': 'true' }, ' · '),
          text(source.published) ? el('span', {}, 'published ', timeElement(source.published))
            : el('span', { class: 'muted' }, 'publication date not recorded')),
        el('p', { class: 'source-address' }, ...address(source.url)),
        copy
          ? el('p', { class: 'source-copy' }, el('span', { class: 'copy-tag' }, `Copy of source ${source.copyOf}`), ' ',
            `This is ${copy}; it does not count as an independent source. `,
            internalLink(`#${sourceAnchor(source.copyOf)}`, `Go to source ${source.copyOf}`))
          : el('p', { class: 'source-independent' },
            source.independent === true ? 'Independent source.' : 'Not counted as an independent source.'),
        el('p', { class: 'source-key muted' }, 'Stored as ', el('code', {}, String(source.key ?? '')),
          text(source.hash) ? el('span', {}, ', content ', el('code', { class: 'hash' }, source.hash)) : null));
    })));
}

function history(story) {
  const changes = list(story.changes).filter((c) => c && text(c.what));
  if (changes.length === 0) {
    return null;
  }
  return section('changes', 'What changed',
    el('ol', { class: 'changes' }, ...changes.map((change) => el('li', {},
      el('span', { class: 'change-version' }, `Version ${Number.isInteger(change.version) ? change.version : '?'}`),
      el('span', { class: 'sep', 'aria-hidden': 'true' }, ' · '),
      timeElement(change.at),
      el('span', { class: 'sep', 'aria-hidden': 'true' }, ': '),
      el('span', {}, change.what)))));
}

/** All the story's articles (its provenance lists every one). */
function inputsOf(story) {
  return list(story.provenance && typeof story.provenance === 'object' ? story.provenance.inputs : null);
}

/**
 * "5 articles", or, for a long story the desk wrote from its latest articles only, "the latest 50 of
 * 320 articles": the sources are those it was written from, the provenance lists them all.
 */
function articleCount(story, written) {
  const all = inputsOf(story).length;
  return all > written ? `the latest ${written} of ${all} articles` : plural(written, 'article', 'articles');
}

function method(story) {
  const provenance = story.provenance && typeof story.provenance === 'object' ? story.provenance : {};
  const inputs = inputsOf(story);
  const written = list(story.sources).length;
  return section('method', 'How this story was made',
    el('p', { class: 'method' }, text(provenance.method) ?? 'No method statement was published with this story.'),
    el('p', { class: 'muted' },
      `Written by ${text(provenance.generator) ?? 'an unknown generator'} from `
      + `${written > 0 ? articleCount(story, written) : plural(inputs.length, 'article', 'articles')}.`),
    inputs.length > 0 ? el('details', {},
      el('summary', {}, 'Content hashes of the articles'),
      el('ul', { class: 'hashes' }, ...inputs.map((h) => el('li', {}, el('code', {}, String(h)))))) : null);
}

function render(story, movedFrom) {
  const citations = new Citations(list(story.sources));
  const headline = text(story.headline && story.headline.text) ?? 'Untitled story';
  document.title = `${headline}: newsdesk`;
  if (movedFrom) {
    const url = new URL(window.location.href);
    url.searchParams.set('id', story.id);
    window.history.replaceState(null, '', url);
  }
  tocList = el('ul');
  const toc = el('nav', { class: 'contents', 'aria-label': 'On this page' },
    el('p', { class: 'contents-title' }, 'On this page'), tocList);
  storyElement.replaceChildren(...[
    header(story, citations, movedFrom),
    lede(story, citations),
    toc,
    body(story, citations),
    facts(story, citations),
    disagreements(story, citations),
    timeline(story, citations),
    quotes(story, citations),
    sourcesSection(story),
    history(story),
    method(story),
  ].filter(Boolean));
  statusLine.textContent = '';
  storyElement.hidden = false;
  document.body.dataset.ready = 'true';
}

async function start() {
  const id = new URLSearchParams(window.location.search).get('id');
  if (id === null || id === '') {
    fail('No story was chosen: the address needs ?id= and a story id.');
    return;
  }
  if (!isStoryId(id)) {
    fail('This address does not name a story: a story id looks like st-0123456789ab.');
    return;
  }
  try {
    const { story, movedFrom } = await load(id);
    render(story, movedFrom);
  } catch (error) {
    fail(error.notFound ? `There is no story ${id}. It may have been removed.` : error.message);
  }
}

start();
