// The front page: every live story from index.json, in the index's order (newest first), with a
// filter that runs in the page. The index is the desk's newsdesk.index/1 document.

import {
  INDEX_SCHEMA, append, el, fetchJson, internalLink, list, plural, showProblem, statusBadge, storyPageHref,
  text, timeElement,
} from './common.js';

const listElement = document.getElementById('stories');
const countElement = document.getElementById('story-count');
const filterForm = document.getElementById('filter-form');
const filterInput = document.getElementById('filter');
const updatedElement = document.getElementById('index-updated');

/** Lower case, without accents, so "Saadi" finds "Saʿadi" and "cafe" finds "café". */
function searchable(value) {
  return String(value ?? '').normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

function card(story) {
  const headline = text(story.headline) ?? 'Untitled story';
  const href = storyPageHref(story.id);
  const headingId = `story-${story.id}`;
  const title = el('h2', { id: href ? headingId : null, class: 'story-card-title' },
    href ? internalLink(href, headline) : headline);

  const meta = el('p', { class: 'story-meta' },
    statusBadge(story.status),
    ' ',
    el('span', {}, plural(story.independentSources, 'independent source', 'independent sources')),
    Number.isInteger(story.sources) && story.sources !== story.independentSources
      ? el('span', { class: 'muted' }, ` (${plural(story.sources, 'article', 'articles')} in all)`)
      : null,
    el('span', { class: 'sep', 'aria-hidden': 'true' }, ' · '),
    el('span', {}, 'Updated ', timeElement(story.updated)));

  const item = el('li', { class: 'story-card' },
    el('article', { 'aria-labelledby': href ? headingId : null },
      title,
      text(story.lede) ? el('p', { class: 'lede' }, story.lede) : null,
      meta));
  return {
    item,
    haystack: searchable([headline, story.lede, story.status, statusBadge(story.status).textContent].join(' ')),
  };
}

function applyFilter(cards, query) {
  const words = searchable(query).split(/\s+/).filter(Boolean);
  let shown = 0;
  for (const { item, haystack } of cards) {
    const match = words.every((w) => haystack.includes(w));
    item.hidden = !match;
    if (match) {
      shown += 1;
    }
  }
  if (cards.length === 0) {
    countElement.textContent = 'No stories yet.';
  } else if (words.length === 0) {
    countElement.textContent = `${plural(cards.length, 'story', 'stories')}, newest first.`;
  } else if (shown === 0) {
    countElement.textContent = `No story matches “${query.trim()}”.`;
  } else {
    countElement.textContent = `${plural(shown, 'story', 'stories')} of ${cards.length} match “${query.trim()}”.`;
  }
}

/** Keeps the filter in the address (?q=), so a filtered list can be bookmarked or shared. */
function rememberQuery(query) {
  const url = new URL(window.location.href);
  if (query.trim() === '') {
    url.searchParams.delete('q');
  } else {
    url.searchParams.set('q', query);
  }
  window.history.replaceState(null, '', url);
}

function problem(message) {
  countElement.textContent = '';
  const box = el('div');
  listElement.before(box);
  showProblem(box, message);
  document.body.dataset.ready = 'error';
}

async function main() {
  let index;
  try {
    index = await fetchJson('index.json');
  } catch (error) {
    problem(error.notFound ? 'There are no stories yet: index.json has not been published.' : error.message);
    return;
  }
  if (index === null || typeof index !== 'object' || index.schema !== INDEX_SCHEMA) {
    problem('index.json is not a newsdesk story index.');
    return;
  }
  if (text(index.updated)) {
    append(updatedElement, 'Stories last updated ', timeElement(index.updated), '.');
  }

  const cards = list(index.stories).filter((s) => s && typeof s === 'object').map(card);
  listElement.replaceChildren(...cards.map((c) => c.item));

  const initial = new URLSearchParams(window.location.search).get('q') ?? '';
  filterInput.value = initial;
  applyFilter(cards, initial);
  filterInput.addEventListener('input', () => {
    applyFilter(cards, filterInput.value);
    rememberQuery(filterInput.value);
  });
  filterForm.addEventListener('submit', (event) => event.preventDefault());
  document.body.dataset.ready = 'true';
}

main();
