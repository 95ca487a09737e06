// newsflow dashboard: plain DOM, no framework, no CDN, so it works offline from the store's own jar.
// Everything that comes from articles is set with textContent, never parsed as HTML.
(() => {
  'use strict';

  const PAGE_SIZE = 20;
  const SVG = 'http://www.w3.org/2000/svg';
  const $ = (id) => document.getElementById(id);
  const state = { cursor: null, filters: {} };

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function svg(tag, attributes, text) {
    const node = document.createElementNS(SVG, tag);
    Object.entries(attributes).forEach(([name, value]) => node.setAttribute(name, String(value)));
    if (text !== undefined) node.textContent = String(text);
    return node;
  }

  async function getJson(path, params) {
    const query = new URLSearchParams();
    Object.entries(params || {}).forEach(([name, value]) => {
      if (value !== undefined && value !== null && value !== '') query.set(name, value);
    });
    const url = query.toString() ? `${path}?${query}` : path;
    const response = await fetch(url, { headers: { Accept: 'application/json' } });
    const body = await response.json().catch(() => ({}));
    if (!response.ok) throw new Error(body.detail || `${response.status} ${response.statusText}`);
    return body;
  }

  function formatTime(iso) {
    return iso ? new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' }) : '';
  }

  function formatScore(score) {
    return (score > 0 ? '+' : '') + Number(score).toFixed(2);
  }

  function snippet(body) {
    const text = (body || '').replace(/\s+/g, ' ').trim();
    return text.length > 260 ? `${text.slice(0, 257)}…` : text;
  }

  function entityChip(entity) {
    const button = el('button', `entity-chip ${entity.sentiment ? entity.sentiment.label : ''}`, entity.name);
    button.type = 'button';
    button.dataset.entity = entity.name;
    if (entity.type) button.append(el('span', 'type', entity.type.toLowerCase()));
    button.addEventListener('click', () => selectEntity(entity.name));
    return button;
  }

  function articleItem(article) {
    const item = el('li', 'article');
    item.dataset.id = article.id;
    item.append(el('h3', 'title', article.title));
    const meta = el('div', 'meta');
    const tone = article.sentiment;
    meta.append(tone ? el('span', `tone ${tone.label}`, `${tone.label} ${formatScore(tone.score)}`)
      : el('span', 'tone', 'tone unknown'));
    if (article.source) meta.append(el('span', 'source', article.source));
    meta.append(el('span', 'time', formatTime(article.publishedAt || article.ingestedAt)));
    if (article.language) meta.append(el('span', 'language', article.language));
    item.append(meta, el('p', 'snippet', snippet(article.body)));
    const chips = el('ul', 'chips');
    (article.entities || []).slice(0, 12).forEach((entity) => {
      const li = el('li');
      li.append(entityChip(entity));
      chips.append(li);
    });
    item.append(chips);
    return item;
  }

  async function loadArticles(append) {
    const status = $('articles-status');
    status.textContent = 'Loading…';
    try {
      const page = await getJson('/api/articles', { ...state.filters, limit: PAGE_SIZE, cursor: append ? state.cursor : null });
      const list = $('articles');
      if (!append) list.replaceChildren();
      page.items.forEach((article) => list.append(articleItem(article)));
      state.cursor = page.nextCursor || null;
      $('more-button').hidden = !state.cursor;
      status.textContent = list.children.length ? '' : 'No articles match.';
      $('articles-heading').textContent = describeFilters();
    } catch (error) {
      status.textContent = `Could not load articles: ${error.message}`;
    }
  }

  function describeFilters() {
    const f = state.filters;
    const parts = [];
    if (f.q) parts.push(`matching “${f.q}”`);
    if (f.entity) parts.push(`naming ${f.entity}`);
    if (f.sentiment) parts.push(`with ${f.sentiment} tone`);
    return parts.length ? `Articles ${parts.join(', ')}` : 'Latest articles';
  }

  async function loadTopEntities() {
    const list = $('top-entities');
    try {
      const entities = await getJson('/api/entities', { time: 'ingested', limit: 15 });
      list.replaceChildren();
      if (!entities.length) list.append(el('li', 'muted', 'No entities in articles ingested in the last 24 hours.'));
      entities.forEach((entity) => {
        const item = el('li');
        const name = el('button', 'top-entity', entity.name);
        name.type = 'button';
        name.title = `${entity.name} (${entity.type.toLowerCase()})`;
        name.addEventListener('click', () => selectEntity(entity.name));
        const bar = el('div', 'bar');
        const counts = entity.sentiment;
        const total = Math.max(1, counts.positive + counts.neutral + counts.negative);
        ['positive', 'neutral', 'negative'].forEach((label) => {
          const part = el('span', label);
          part.style.width = `${(100 * counts[label]) / total}%`;
          bar.append(part);
        });
        bar.title = `${counts.positive} positive, ${counts.neutral} neutral, ${counts.negative} negative; `
          + `average ${entity.averageSentiment === undefined ? 'n/a' : formatScore(entity.averageSentiment)}`;
        item.append(name, bar, el('span', 'count', `${entity.mentions}×`));
        list.append(item);
      });
    } catch (error) {
      list.replaceChildren(el('li', 'muted', `Could not load entities: ${error.message}`));
    }
  }

  async function loadTotals() {
    try {
      const stats = await getJson('/api/stats');
      $('totals').textContent = `${stats.articles} articles · ${stats.entities} entities · `
        + `${Object.keys(stats.bySource).length} sources`;
    } catch (error) {
      $('totals').textContent = `Stats unavailable: ${error.message}`;
    }
  }

  async function selectEntity(name) {
    $('entity').value = name;
    readFilters();
    loadArticles(false);
    const panel = $('entity-panel');
    panel.hidden = false;
    $('entity-name').textContent = name;
    $('entity-facts').textContent = 'Loading…';
    try {
      const entity = await getJson(`/api/entities/${encodeURIComponent(name)}`);
      $('entity-name').textContent = entity.name;
      const aliases = entity.aliases.length ? ` · also “${entity.aliases.join('”, “')}”` : '';
      $('entity-facts').textContent = `${entity.types.join(', ').toLowerCase()} · ${entity.articles} articles · `
        + `${entity.mentions} mentions${aliases}`;
      drawTimeline(entity.timeline);
      const together = $('co-occurring');
      together.replaceChildren();
      entity.coOccurring.forEach((other) => {
        const li = el('li');
        li.append(entityChip({ name: other.name, type: other.type }));
        together.append(li);
      });
    } catch (error) {
      $('entity-facts').textContent = `Could not load ${name}: ${error.message}`;
      $('sentiment-chart').replaceChildren();
    }
  }

  // Hand-drawn SVG: a chart library would be the only dependency of this page, and it must work offline.
  function drawTimeline(days) {
    const chart = $('sentiment-chart');
    chart.replaceChildren();
    const width = 420, height = 220, left = 34, right = 10, top = 12, bottom = 28;
    const plotWidth = width - left - right, plotHeight = height - top - bottom;
    const pad = 18; // keeps the first and last bars inside the plot
    const x = (i) => left + pad + (days.length === 1 ? plotWidth / 2 - pad : (i * (plotWidth - 2 * pad)) / (days.length - 1));
    const y = (score) => top + ((1 - score) / 2) * plotHeight;
    const maxMentions = Math.max(1, ...days.map((d) => d.mentions));
    const barWidth = Math.max(2, Math.min(24, plotWidth / Math.max(1, days.length) - 4));

    chart.append(svg('line', { class: 'axis', x1: left, y1: top, x2: left, y2: top + plotHeight }));
    chart.append(svg('line', { class: 'axis', x1: left, y1: top + plotHeight, x2: left + plotWidth, y2: top + plotHeight }));
    chart.append(svg('line', { class: 'zero', x1: left, y1: y(0), x2: left + plotWidth, y2: y(0) }));
    [[1, '+1'], [0, '0'], [-1, '−1']].forEach(([score, label]) =>
      chart.append(svg('text', { x: 4, y: y(score) + 3 }, label)));

    days.forEach((day, i) => {
      const barHeight = (day.mentions / maxMentions) * (plotHeight / 3);
      const bar = svg('rect', { class: 'mentions', x: x(i) - barWidth / 2, y: top + plotHeight - barHeight,
        width: barWidth, height: barHeight });
      bar.append(svg('title', {}, `${day.date}: ${day.mentions} mentions in ${day.articles} articles`));
      chart.append(bar);
    });
    const points = days.filter((d) => d.averageSentiment !== undefined && d.averageSentiment !== null);
    if (points.length > 1) {
      chart.append(svg('polyline', { class: 'line',
        points: days.map((d, i) => [d, i]).filter(([d]) => points.includes(d))
          .map(([d, i]) => `${x(i)},${y(d.averageSentiment)}`).join(' ') }));
    }
    days.forEach((day, i) => {
      if (!points.includes(day)) return;
      const color = day.averageSentiment > 0.05 ? 'var(--positive)' : day.averageSentiment < -0.05 ? 'var(--negative)' : 'var(--neutral)';
      const dot = svg('circle', { class: 'point', cx: x(i), cy: y(day.averageSentiment), r: 4, fill: color });
      dot.append(svg('title', {}, `${day.date}: average ${formatScore(day.averageSentiment)}`));
      chart.append(dot);
    });
    if (days.length) {
      chart.append(svg('text', { x: left, y: height - 8 }, days[0].date));
      if (days.length > 1) {
        chart.append(svg('text', { x: left + plotWidth, y: height - 8, 'text-anchor': 'end' }, days[days.length - 1].date));
      }
    }
  }

  function readFilters() {
    state.filters = { q: $('q').value.trim(), entity: $('entity').value.trim(), sentiment: $('sentiment').value };
  }

  $('search').addEventListener('submit', (event) => {
    event.preventDefault();
    readFilters();
    loadArticles(false);
  });
  $('reset-button').addEventListener('click', () => {
    $('search').reset();
    $('entity-panel').hidden = true;
    readFilters();
    loadArticles(false);
  });
  $('more-button').addEventListener('click', () => loadArticles(true));

  readFilters();
  loadTotals();
  loadTopEntities();
  loadArticles(false);
})();
