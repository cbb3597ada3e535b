// Browser tests for the newsdesk reader site, in headless Chromium driven by playwright-core.
//
//   node browser.test.mjs <base-url> [--fixtures]
//
// <base-url> serves the site and a public folder side by side (index.html beside index.json), e.g.
// `newsdesk serve`. With --fixtures the public folder must be the test fixture set
// (function/src/test/resources/serve/public): the XSS story, the seeds' disagreement and the moved
// story are then required instead of skipped when absent. dev.newsdesk.serve.BrowserTest runs this.
//
// Environment: CHROMIUM (default /usr/bin/chromium), NEWSDESK_SCREENSHOTS (default ./screenshots).
// The browser is the system one: `npx playwright install` is not used.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const args = process.argv.slice(2);
const FIXTURES = args.includes('--fixtures');
const baseArgument = args.find((a) => !a.startsWith('--')) ?? process.env.NEWSDESK_URL;
if (!baseArgument) {
  console.error('usage: node browser.test.mjs <base-url> [--fixtures]   (or set NEWSDESK_URL)');
  process.exit(2);
}
const BASE = new URL(baseArgument.endsWith('/') ? baseArgument : `${baseArgument}/`);
const HERE = path.dirname(fileURLToPath(import.meta.url));
const SCREENSHOTS = path.resolve(process.env.NEWSDESK_SCREENSHOTS || path.join(HERE, 'screenshots'));
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
// Without the networking flags Chromium keeps calling Google's services, which a closed network refuses.
const CHROMIUM_FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 375, height: 740 };
const SEED_B_KEY = 'articles/004_29615b52c5e91245.txt';
const SEED_A_KEY = 'articles/000_9888ff113dcd5392.txt';
const PWNED = '__pwned';

let profile;
let context;
let index;
const stories = new Map(); // id -> story document

// ---------------------------------------------------------------------------------------------
// Set-up

before(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  profile = mkdtempSync(path.join(tmpdir(), 'newsdesk-chromium-'));
  // A fresh profile every run (launchPersistentContext is Playwright's way to name --user-data-dir).
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_FLAGS,
    viewport: DESKTOP,
    locale: 'en-GB',
    timezoneId: 'UTC',
  });
  context.setDefaultTimeout(15_000);

  index = await getJson('index.json');
  assert.equal(index.schema, 'newsdesk.index/1', 'index.json is a newsdesk index');
  for (const card of index.stories) {
    stories.set(card.id, await getJson(`stories/${card.id}.json`));
  }
  console.log(`# ${BASE.href}: ${stories.size} stories; screenshots in ${SCREENSHOTS}`);
});

after(async () => {
  await context?.close();
  if (profile) {
    rmSync(profile, { recursive: true, force: true });
  }
});

async function getJson(relative) {
  const response = await fetch(new URL(relative, BASE));
  assert.equal(response.status, 200, `GET ${relative}`);
  return response.json();
}

function storyWithSourceKey(key) {
  return [...stories.values()].find((s) => s.sources.some((src) => src.key === key));
}

function xssStory() {
  return [...stories.values()].find((s) => s.headline.text.includes(PWNED));
}

/** Skips (or, with --fixtures, fails) when the served data lacks what a test needs. */
function need(t, value, what) {
  if (value) {
    return true;
  }
  assert.ok(!FIXTURES, `the fixture public folder must contain ${what}`);
  t.skip(`the served public folder has no ${what}`);
  return false;
}

// ---------------------------------------------------------------------------------------------
// Pages and what every page must satisfy

/**
 * Opens a page of the site and records every problem a reader would not see: script errors, console
 * errors, Content-Security-Policy violations, failed or refused requests and requests that leave the
 * site's origin.
 */
async function open(relative, { viewport = DESKTOP, colorScheme = 'light', allowStatus = [] } = {}) {
  const page = await context.newPage();
  await page.setViewportSize(viewport);
  await page.emulateMedia({ colorScheme });
  const problems = [];
  page.on('pageerror', (error) => problems.push(`script error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !/Failed to load resource.*404/.test(message.text())) {
      problems.push(`console error: ${message.text()}`);
    }
  });
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin !== BASE.origin && url.protocol !== 'data:') {
      problems.push(`request outside the site: ${request.url()}`);
    }
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && !allowStatus.includes(response.status())) {
      problems.push(`HTTP ${response.status()} for ${response.url()}`);
    }
  });
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  await page.goto(new URL(relative, BASE).href);
  await page.waitForSelector('body[data-ready]');
  return { page, problems };
}

async function finish({ page, problems }) {
  const csp = await page.evaluate(() => window.__cspViolations);
  await page.close();
  assert.deepEqual([...problems, ...csp.map((v) => `CSP violation: ${v}`)], [], 'the page ran cleanly');
}

async function screenshot(page, name) {
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** Landmarks, one h1, ordered headings, no inline script or handler, only http(s) links, no overflow. */
async function assertSound(page) {
  const report = await page.evaluate(() => {
    const visible = (el) => el.closest('[hidden]') === null && el.getClientRects().length > 0;
    const headings = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].filter(visible);
    const jumps = [];
    headings.forEach((h, i) => {
      const level = Number(h.tagName[1]);
      const previous = i === 0 ? 0 : Number(headings[i - 1].tagName[1]);
      if (level > previous + 1) {
        jumps.push(`${h.tagName} "${h.textContent.slice(0, 40)}" after h${previous}`);
      }
    });
    const inlineHandlers = [...document.querySelectorAll('*')]
      .flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName} ${a.name}`));
    return {
      lang: document.documentElement.lang,
      title: document.title,
      h1: document.querySelectorAll('h1').length,
      banner: document.querySelectorAll('body > header').length,
      nav: document.querySelectorAll('nav').length,
      main: document.querySelectorAll('main').length,
      contentinfo: document.querySelectorAll('body > footer').length,
      firstHeading: headings.length ? headings[0].tagName : null,
      jumps,
      inlineHandlers,
      inlineScripts: [...document.scripts].filter((s) => !s.src).length,
      foreignScripts: [...document.scripts].filter((s) => s.src && !new URL(s.src).pathname.includes('/js/')).length,
      badLinks: [...document.querySelectorAll('a[href]')]
        .filter((a) => a.protocol !== 'http:' && a.protocol !== 'https:').map((a) => a.getAttribute('href')),
      embedded: document.querySelectorAll('img, iframe, object, embed, svg, video, audio, form[action]').length,
      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    };
  });
  assert.ok(report.lang, 'the page declares its language');
  assert.ok(report.title, 'the page has a title');
  assert.equal(report.h1, 1, 'exactly one h1');
  assert.equal(report.firstHeading, 'H1', 'the first heading is the h1');
  assert.deepEqual(report.jumps, [], 'headings never skip a level');
  assert.equal(report.banner, 1, 'a header landmark');
  assert.ok(report.nav >= 1, 'a nav landmark');
  assert.equal(report.main, 1, 'one main landmark');
  assert.equal(report.contentinfo, 1, 'a footer landmark');
  assert.deepEqual(report.inlineHandlers, [], 'no inline event handlers');
  assert.equal(report.inlineScripts, 0, 'no inline scripts');
  assert.equal(report.foreignScripts, 0, 'only the site\'s own scripts');
  assert.deepEqual(report.badLinks, [], 'every link is http(s)');
  assert.equal(report.embedded, 0, 'nothing from the data became an image, frame, object or svg');
  assert.ok(report.overflow <= 1, `no horizontal scrolling (${report.overflow}px too wide)`);
}

/** Every piece of visible text against its background: 4.5:1, or 3:1 for large text (WCAG AA). */
async function assertContrast(page, where) {
  const failures = await page.evaluate(() => {
    const parse = (value) => {
      const m = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/.exec(value);
      return m ? { r: +m[1], g: +m[2], b: +m[3], a: m[4] === undefined ? 1 : +m[4] } : null;
    };
    const luminance = ({ r, g, b }) => {
      const f = (c) => {
        const s = c / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    };
    const background = (el) => {
      for (let node = el; node; node = node.parentElement) {
        const c = parse(getComputedStyle(node).backgroundColor);
        if (c && c.a > 0) {
          return c;
        }
      }
      return { r: 255, g: 255, b: 255, a: 1 };
    };
    const out = [];
    for (const el of document.querySelectorAll('body *')) {
      const ownText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent.trim() !== '');
      if (!ownText || el.closest('[hidden]') || el.getClientRects().length === 0) {
        continue;
      }
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden' || (el.classList.contains('skip-link') && el !== document.activeElement)) {
        continue;
      }
      const fg = parse(style.color);
      const bg = background(el);
      const [hi, lo] = [luminance(fg), luminance(bg)].sort((a, b) => b - a);
      const ratio = (hi + 0.05) / (lo + 0.05);
      const size = parseFloat(style.fontSize);
      const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
      if (ratio < (large ? 3 : 4.5)) {
        out.push(`${el.tagName}.${el.className} "${el.textContent.trim().slice(0, 30)}" ${ratio.toFixed(2)}:1`);
      }
    }
    return out;
  });
  assert.deepEqual(failures, [], `text contrast (${where})`);
}

async function assertNotPwned(page, when) {
  assert.equal(await page.evaluate((flag) => typeof window[flag], PWNED), 'undefined', `no injected script ran ${when}`);
}

/** Opens the panel of every citation marker in turn and checks it against the story's sources. */
async function clickEveryCitation(page, story, afterEach = async () => {}) {
  const markers = page.locator('button.cite');
  const count = await markers.count();
  for (let i = 0; i < count; i += 1) {
    const marker = markers.nth(i);
    const n = Number((await marker.textContent()).replace(/\D/g, ''));
    await marker.scrollIntoViewIfNeeded();
    await marker.click();
    const panel = page.locator('#source-panel');
    await panel.waitFor({ state: 'visible' });
    assert.equal(await marker.getAttribute('aria-expanded'), 'true');
    assert.equal(await panel.locator('.panel-title').textContent(), `Source ${n}`);
    const source = story.sources.find((s) => s.n === n);
    assert.equal(await panel.locator('cite').textContent(), source.title, `the panel names source ${n}`);
    assert.ok((await panel.locator('mark').textContent()).length > 0, 'the panel quotes the cited words');
    await afterEach(marker);
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'hidden' });
  }
  return count;
}

// ---------------------------------------------------------------------------------------------
// The tests

test('the front page lists every story of index.json, newest first', async (t) => {
  const opened = await open('index.html');
  const { page } = opened;
  const cards = page.locator('#stories > li');
  assert.equal(await cards.count(), index.stories.length, 'one card per story');
  for (const [i, card] of index.stories.entries()) {
    const item = cards.nth(i);
    assert.equal(await item.locator('h2').textContent(), card.headline, `card ${i + 1} in index order`);
    assert.equal(await item.locator('h2 a').getAttribute('href'), `story.html?id=${card.id}`);
    if (card.lede) {
      assert.equal(await item.locator('.lede').textContent(), card.lede);
    }
    const badge = { 'single-source': 'Single source', developing: 'Developing', confirmed: 'Confirmed' }[card.status];
    assert.equal(await item.locator('.badge').textContent(), badge, 'status badge');
    const meta = await item.locator('.story-meta').textContent();
    assert.match(meta, new RegExp(`\\b${card.independentSources} independent source`), 'independent sources');
    assert.equal(await item.locator('time').getAttribute('datetime'), card.updated, 'last update');
  }
  const seeds = [storyWithSourceKey(SEED_A_KEY), storyWithSourceKey(SEED_B_KEY)].filter(Boolean);
  if (FIXTURES) {
    assert.equal(seeds.length, 2, 'both seed stories are in the fixture index');
  }
  for (const seed of seeds) {
    assert.equal(await page.locator(`#stories a[href="story.html?id=${seed.id}"]`).count(), 1, `seed story ${seed.id} is listed`);
  }
  const feed = page.locator('head link[rel="alternate"][type="application/atom+xml"]');
  assert.equal(await feed.getAttribute('href'), 'feed.xml', 'the feed is linked from the page head');
  const feedResponse = await fetch(new URL('feed.xml', BASE));
  if (FIXTURES || feedResponse.status === 200) {
    assert.equal(feedResponse.status, 200, 'feed.xml is served');
    assert.match(feedResponse.headers.get('content-type'), /^application\/atom\+xml/);
  }
  await assertSound(page);
  await assertNotPwned(page, 'on the front page');
  await screenshot(page, 'front');
  await page.setViewportSize(PHONE);
  await assertSound(page);
  await screenshot(page, 'front-phone');
  await finish(opened);
  t.diagnostic(`${index.stories.length} stories listed`);
});

test('the filter box narrows the list and keeps the query in the address', async () => {
  const opened = await open('index.html');
  const { page } = opened;
  const visibleCards = () => page.locator('#stories > li:not([hidden])').count();
  // A word that appears in exactly one story's headline.
  const words = (s) => new Set(`${s.headline} ${s.lede ?? ''}`.toLowerCase().match(/[a-z]{5,}/g) ?? []);
  const unique = index.stories.flatMap((card) => [...words({ headline: card.headline })]
    .filter((w) => index.stories.filter((other) => words(other).has(w)).length === 1))[0];
  await page.fill('#filter', unique);
  assert.equal(await visibleCards(), 1, `"${unique}" matches one story`);
  assert.match(await page.locator('#story-count').textContent(), /1 story of \d+ match/);
  assert.match(page.url(), new RegExp(`[?&]q=${unique}`));
  await page.fill('#filter', 'zzqxjv nothing matches this');
  assert.equal(await visibleCards(), 0);
  assert.match(await page.locator('#story-count').textContent(), /No story matches/);
  await page.fill('#filter', '');
  assert.equal(await visibleCards(), index.stories.length);
  await page.goto(new URL(`index.html?q=${encodeURIComponent(unique)}`, BASE).href);
  await page.waitForSelector('body[data-ready]');
  assert.equal(await visibleCards(), 1, 'a filtered address opens filtered');
  await finish(opened);
});

test('every story page renders its JSON', async () => {
  for (const story of stories.values()) {
    const opened = await open(`story.html?id=${story.id}`, { allowStatus: [] });
    const { page } = opened;
    assert.equal(await page.locator('h1').textContent(), story.headline.text, 'headline');
    assert.equal(await page.title(), `${story.headline.text}: newsdesk`);
    const lede = await page.locator('.story .lede .sentence').allTextContents();
    assert.deepEqual(lede, story.summary.map((s) => s.text), 'lede');
    const bodyCount = story.body.reduce((n, b) => n + b.sentences.length, 0);
    assert.equal(await page.locator('.story-body .sentence').count(), bodyCount, 'body sentences');
    assert.equal(await page.locator('table.facts tbody tr').count(), story.facts.length, 'facts');
    for (const [i, fact] of story.facts.entries()) {
      const row = page.locator('table.facts tbody tr').nth(i);
      assert.equal(await row.locator('.fact-support .number').textContent(), String(fact.independentSources), 'fact support');
      assert.equal(await row.locator('.fact-support button.cite').count(), fact.cite.length, 'fact sources');
    }
    assert.equal(await page.locator('.timeline > li').count(), story.timeline.length, 'timeline');
    assert.equal(await page.locator('.quotes > li').count(), story.quotes.length, 'quotes');
    for (const [i, quote] of story.quotes.entries()) {
      const caption = await page.locator('.quotes > li figcaption').nth(i).textContent();
      assert.ok(caption.includes(quote.speaker ?? 'speaker not named'), 'quote speaker');
    }
    assert.equal(await page.locator('.disagreement').count(), story.disagreements.length, 'disagreements');
    assert.equal(await page.locator('ol.sources > li').count(), story.sources.length, 'sources');
    for (const source of story.sources) {
      const item = page.locator(`#source-${source.n}`);
      assert.equal(await item.locator('cite').textContent(), source.title);
      const tag = item.locator('.copy-tag');
      if (source.copyOf === null) {
        assert.equal(await tag.count(), 0, `source ${source.n} is not marked as a copy`);
      } else {
        assert.equal(await tag.textContent(), `Copy of source ${source.copyOf}`, `source ${source.n} is a copy`);
      }
    }
    assert.equal(await page.locator('ol.changes > li').count(), story.changes.length, 'version history');
    assert.equal(await page.locator('.method').textContent(), story.provenance.method, 'method statement');
    assert.match(await page.locator('.story-meta').textContent(),
      new RegExp(`${story.independentSources} independent source`), 'independent source count');
    await assertSound(page);
    await screenshot(page, `story-${story.id}`);
    await page.setViewportSize(PHONE);
    await assertSound(page);
    await screenshot(page, `story-${story.id}-phone`);
    await finish(opened);
  }
});

test('a citation marker opens its source with the cited sentence, and Escape returns focus', async (t) => {
  const story = storyWithSourceKey(SEED_B_KEY) ?? stories.values().next().value;
  if (!need(t, story, 'story')) {
    return;
  }
  const opened = await open(`story.html?id=${story.id}`);
  const { page } = opened;
  const first = story.summary[0];
  const marker = page.locator('.story .lede button.cite').first();
  assert.equal(await marker.getAttribute('aria-haspopup'), 'dialog');
  assert.equal(await marker.getAttribute('aria-expanded'), 'false');
  await marker.click();
  const panel = page.locator('#source-panel');
  await panel.waitFor({ state: 'visible' });
  assert.equal(await panel.getAttribute('role'), 'dialog');
  assert.equal(await marker.getAttribute('aria-expanded'), 'true');
  assert.equal(await marker.getAttribute('aria-controls'), 'source-panel');
  assert.equal(await panel.locator('mark').textContent(), first.text, 'the cited sentence, highlighted');
  const source = story.sources.find((s) => s.n === first.cite[0]);
  assert.equal(await panel.locator('cite').textContent(), source.title, 'the source\'s title');
  assert.equal(await page.evaluate(() => document.getElementById('source-panel').contains(document.activeElement)),
    true, 'focus moves into the panel');
  await screenshot(page, `story-${story.id}-citation`);
  await page.keyboard.press('Escape');
  await panel.waitFor({ state: 'hidden' });
  assert.equal(await marker.getAttribute('aria-expanded'), 'false');
  assert.equal(await marker.evaluate((el) => el === document.activeElement), true, 'focus returns to the marker');

  // The same from the keyboard: Enter opens, Tab reaches the Close button, Escape closes.
  await marker.focus();
  await page.keyboard.press('Enter');
  await panel.waitFor({ state: 'visible' });
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.className), 'panel-close');
  await page.keyboard.press('Enter');
  await panel.waitFor({ state: 'hidden' });
  assert.equal(await marker.evaluate((el) => el === document.activeElement), true, 'Close returns focus too');

  // Every marker on the page opens the source it names.
  const count = await clickEveryCitation(page, story);
  t.diagnostic(`${count} citation markers checked`);

  // On a phone the panel is a bottom sheet inside the window.
  await page.setViewportSize(PHONE);
  await marker.click();
  await panel.waitFor({ state: 'visible' });
  const box = await panel.boundingBox();
  assert.ok(box.x >= 0 && box.x + box.width <= PHONE.width + 1, 'the panel fits the phone\'s width');
  await page.screenshot({ path: path.join(SCREENSHOTS, `story-${story.id}-citation-phone.png`) });
  await finish(opened);
});

test('the seeds\' second story shows where its sources disagree, side by side', async (t) => {
  const story = storyWithSourceKey(SEED_B_KEY);
  if (!need(t, story, `story with source ${SEED_B_KEY}`)
      || !need(t, story.disagreements.length > 0, 'disagreement in the seed B story')) {
    return;
  }
  const opened = await open(`story.html?id=${story.id}`);
  const { page } = opened;
  const section = page.locator('section#disagreements');
  assert.equal(await section.locator('h2').textContent(), 'Where sources disagree');
  for (const [i, disagreement] of story.disagreements.entries()) {
    const block = section.locator('.disagreement').nth(i);
    assert.equal((await block.locator('h3').textContent()).toLowerCase(), disagreement.slot.toLowerCase());
    const claims = block.locator('.claim');
    assert.equal(await claims.count(), disagreement.claims.length);
    const tops = [];
    for (const [j, claim] of disagreement.claims.entries()) {
      assert.equal(await claims.nth(j).locator('.claim-value').textContent(), claim.value);
      assert.equal(await claims.nth(j).locator('blockquote').textContent(), claim.words);
      assert.equal(await claims.nth(j).locator('button.cite').count(), claim.cite.length);
      tops.push((await claims.nth(j).boundingBox()).y);
    }
    assert.ok(tops.slice(0, 2).every((y) => Math.abs(y - tops[0]) < 1), 'the first two values sit side by side');
  }
  await section.screenshot({ path: path.join(SCREENSHOTS, `story-${story.id}-disagreement.png`) });
  await page.setViewportSize(PHONE);
  const claims = section.locator('.disagreement').first().locator('.claim');
  const [a, b] = [await claims.nth(0).boundingBox(), await claims.nth(1).boundingBox()];
  assert.ok(b.y >= a.y + a.height, 'on a phone the values stack');
  await assertSound(page);
  await finish(opened);
});

test('article text carrying <script>, <img onerror> and javascript: runs no script', async (t) => {
  const story = xssStory();
  if (!need(t, story, `story whose headline carries ${PWNED}`)) {
    return;
  }
  const front = await open('index.html');
  await assertNotPwned(front.page, 'on the front page');
  const card = front.page.locator(`#stories a[href="story.html?id=${story.id}"]`);
  assert.equal(await card.textContent(), index.stories.find((c) => c.id === story.id).headline, 'shown as text');
  await assertSound(front.page);
  await finish(front);

  const opened = await open(`story.html?id=${story.id}`);
  const { page } = opened;
  await assertNotPwned(page, 'after load');
  assert.equal(await page.locator('h1').textContent(), story.headline.text, 'the headline is text, not markup');
  assert.equal(await page.locator('.story .lede .sentence').first().textContent(), story.summary[0].text);
  await assertSound(page);
  const count = await clickEveryCitation(page, story, async () => {
    await assertNotPwned(page, 'after opening a citation');
    await assertSound(page);
  });
  assert.ok(count > 0);
  // Hover and focus everything, in case a handler slipped through as an attribute.
  await page.evaluate(() => {
    for (const el of document.querySelectorAll('main *')) {
      for (const type of ['mouseover', 'mouseenter', 'focus', 'load', 'error']) {
        el.dispatchEvent(new Event(type));
      }
    }
  });
  await assertNotPwned(page, 'after hovering');

  // Addresses: only the https one becomes a link, percent-encoded; the others are plain text.
  for (const source of story.sources) {
    const links = page.locator(`#source-${source.n} .source-address a`);
    let url = null;
    try {
      url = new URL(source.url.trim());
    } catch {
      url = null;
    }
    if (url && (url.protocol === 'https:' || url.protocol === 'http:')) {
      assert.equal(await links.count(), 1, `source ${source.n}'s http(s) address is a link`);
      assert.equal(await links.getAttribute('href'), url.href);
    } else {
      assert.equal(await links.count(), 0, `source ${source.n}'s ${JSON.stringify(source.url)} is not a link`);
      assert.equal(await page.locator(`#source-${source.n} .not-a-link`).textContent(), source.url, 'shown as text');
    }
  }
  const hrefs = await page.locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  assert.deepEqual(hrefs.filter((h) => /^\s*(javascript|data|vbscript):/i.test(h)), [], 'no javascript: or data: href');
  await assertNotPwned(page, 'at the end');
  await screenshot(page, 'story-xss');
  await finish(opened);
});

test('a moved story leads to the story it moved to; a loop of moves ends in a message', async (t) => {
  const target = storyWithSourceKey(SEED_B_KEY) ?? stories.values().next().value;
  if (!need(t, target, 'story')) {
    return;
  }
  // The fixture folder holds a real moved document; any server can be given one by interception.
  const movedId = FIXTURES ? 'st-5eedb0000002' : 'st-00000000a0a0';
  const opened = await open('index.html');
  const { page } = opened;
  if (!FIXTURES) {
    await page.route(`**/stories/${movedId}.json`, (route) => route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({ schema: 'newsdesk.moved/1', id: movedId, movedTo: target.id, version: 2, updated: target.updated }),
    }));
  }
  await page.goto(new URL(`story.html?id=${movedId}`, BASE).href);
  await page.waitForSelector('body[data-ready="true"]');
  assert.equal(await page.locator('h1').textContent(), target.headline.text);
  assert.match(await page.locator('.notice').textContent(), new RegExp(`${movedId}.*merged into this one`));
  assert.equal(new URL(page.url()).searchParams.get('id'), target.id, 'the address now names the story it moved to');

  const loop = ['st-aaaaaaaaaaa1', 'st-aaaaaaaaaaa2'];
  for (const [i, id] of loop.entries()) {
    await page.route(`**/stories/${id}.json`, (route) => route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({ schema: 'newsdesk.moved/1', id, movedTo: loop[1 - i], version: 2, updated: '2024-01-01T00:00:00Z' }),
    }));
  }
  await page.goto(new URL(`story.html?id=${loop[0]}`, BASE).href);
  await page.waitForSelector('body[data-ready="error"]');
  assert.match(await page.locator('[role="alert"]').textContent(), /points to itself/);
  await finish(opened);
});

test('a long story written from its latest articles says how many it has in all', async (t) => {
  const target = storyWithSourceKey(SEED_B_KEY) ?? stories.values().next().value;
  if (!need(t, target, 'story')) {
    return;
  }
  // The desk writes a long story from its latest articles (DeskConfig.storyWindow) and lists every
  // member in its provenance; served by interception, as no fixture story is that long.
  const id = 'st-00000000b0b0';
  const written = target.sources.length;
  const inputs = [...target.provenance.inputs, `sha256:${'a'.repeat(64)}`, `sha256:${'b'.repeat(64)}`].sort();
  const opened = await open('index.html');
  const { page } = opened;
  await page.route(`**/stories/${id}.json`, (route) => route.fulfill({
    contentType: 'application/json',
    body: JSON.stringify({ ...target, id, provenance: { ...target.provenance, inputs } }),
  }));
  await page.goto(new URL(`story.html?id=${id}`, BASE).href);
  await page.waitForSelector('body[data-ready="true"]');
  const latest = `the latest ${written} of ${inputs.length} articles`;
  assert.match(await page.locator('.story-meta').textContent(), new RegExp(`\\(${latest}`));
  assert.match(await page.locator('#method').textContent(), new RegExp(`from ${latest}\\.`));
  await assertSound(page);
  await finish(opened);
});

test('a missing, malformed or unknown story id shows a message, not a broken page', async () => {
  const cases = [
    ['story.html', /No story was chosen/],
    ['story.html?id=..%2Findex', /does not name a story/],
    [`story.html?id=${encodeURIComponent('<script>window.__pwned=1</script>')}`, /does not name a story/],
    ['story.html?id=st-ffffffffffff', /There is no story st-ffffffffffff/],
  ];
  for (const [relative, message] of cases) {
    const opened = await open(relative, { allowStatus: [404] });
    const { page } = opened;
    assert.equal(await page.evaluate(() => document.body.dataset.ready), 'error');
    assert.match(await page.locator('[role="alert"]').textContent(), message, relative);
    await assertSound(page);
    await assertNotPwned(page, relative);
    await finish(opened);
  }
});

test('keyboard focus is always visible', async () => {
  const story = storyWithSourceKey(SEED_B_KEY) ?? stories.values().next().value;
  for (const relative of ['index.html', `story.html?id=${story.id}`]) {
    const opened = await open(relative);
    const { page } = opened;
    const seen = [];
    for (let i = 0; i < 25; i += 1) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        const el = document.activeElement;
        const style = getComputedStyle(el);
        return {
          what: `${el.tagName}.${el.className} ${el.textContent.trim().slice(0, 20)}`,
          outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
          onScreen: el.getBoundingClientRect().width > 0,
        };
      });
      if (focus.what.startsWith('BODY')) {
        break;
      }
      assert.ok(focus.outline && focus.onScreen, `focus is visible on ${focus.what} (${relative})`);
      seen.push(focus.what);
    }
    assert.match(seen[0], /skip-link/, 'the first Tab reaches the skip link');
    if (relative === 'index.html') {
      await screenshot(page, 'front-keyboard-focus');
    }
    await finish(opened);
  }
});

test('text has enough contrast in the light and the dark scheme', async () => {
  const story = storyWithSourceKey(SEED_B_KEY) ?? stories.values().next().value;
  for (const colorScheme of ['light', 'dark']) {
    for (const relative of ['index.html', `story.html?id=${story.id}`]) {
      const opened = await open(relative, { colorScheme });
      const { page } = opened;
      await assertContrast(page, `${colorScheme}: ${relative}`);
      if (relative.startsWith('story')) {
        await page.locator('.story .lede button.cite').first().click();
        await page.locator('#source-panel').waitFor({ state: 'visible' });
        await assertContrast(page, `${colorScheme}: source panel`);
      }
      if (colorScheme === 'dark') {
        await screenshot(page, relative.startsWith('story') ? `story-${story.id}-dark` : 'front-dark');
      }
      await finish(opened);
    }
  }
});
