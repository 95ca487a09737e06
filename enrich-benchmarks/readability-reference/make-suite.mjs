// Writes a suite laid out as Mozilla Readability's test/test-pages (one folder per page: source.html, expected.html,
// expected-metadata.json) from any saved pages, the reference being what @mozilla/readability (Apache-2.0) itself
// reads from each: its title, byline, site name, publication time, language and main text. Mozilla's own test pages
// carry the same fields, written by the same library, so ReadingSuite scores newsflow's reader against the reader
// views' choices on pages nobody here wrote. A page is decoded as UTF-8 when it is valid UTF-8 (as Mozilla's test
// harness reads its pages), else from its bytes as a browser would (its <meta charset>).
// Usage: npm ci && node make-suite.mjs <out-folder> <page.html or folder of pages>...
// (a folder: every .html under it but a suite's own expected.html; a page's name is its path, '/' written '-')
import { JSDOM } from 'jsdom';
import { Readability } from '@mozilla/readability';
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';

const [out, ...inputs] = process.argv.slice(2);
if (!out || inputs.length === 0) {
  console.error('usage: node make-suite.mjs <out-folder> <page.html or folder>...');
  process.exit(2);
}

function pages(input) {
  if (!statSync(input).isDirectory()) {
    return [[basename(input, '.html'), input]];
  }
  return readdirSync(input, { recursive: true })
    .filter((file) => file.endsWith('.html') && basename(file) !== 'expected.html')
    .sort()
    .map((file) => [`${basename(input)}-${file.replace(/\/source\.html$|\.html$/, '').replaceAll('/', '-')}`,
      join(input, file)]);
}

let written = 0;
for (const [name, file] of inputs.flatMap(pages)) {
  const bytes = readFileSync(file);
  const text = new TextDecoder('utf-8').decode(bytes);
  const dom = new JSDOM(text.includes('\uFFFD') ? bytes : text,
    { url: 'http://fakehost/test/page.html', contentType: 'text/html' });
  const article = new Readability(dom.window.document).parse();
  const dir = join(out, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'source.html'), bytes);
  writeFileSync(join(dir, 'expected.html'), article?.content ?? '');
  writeFileSync(join(dir, 'expected-metadata.json'), JSON.stringify(article === null ? { readerable: false } : {
    title: article.title, byline: article.byline, dir: article.dir, lang: article.lang, excerpt: article.excerpt,
    siteName: article.siteName, publishedTime: article.publishedTime, readerable: true,
  }, null, 2) + '\n');
  written++;
}
console.log(`wrote ${written} pages to ${relative(process.cwd(), out) || out}`);
