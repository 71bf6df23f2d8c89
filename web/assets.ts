import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { provinceOfCode } from './provinces';

/**
 * The only files the server sends from disk: a fixed table of names, each resolved once to a file of an
 * installed package or of web/static/. A request path is looked up in the table, never joined to a
 * folder, so no URL can reach another file (`/assets/../package.json` is simply not in it).
 */

interface Asset {
  type: string;
  load(): Buffer;
}

/** A file of web/static/: next to this module when run from source, two levels up when compiled to dist/web/. */
function staticFile(name: string): string {
  for (const dir of [path.join(__dirname, 'static'), path.join(__dirname, '..', '..', 'web', 'static')]) {
    const file = path.join(dir, name);
    if (existsSync(file)) return file;
  }
  throw new Error(`qmine installation is missing web/static/${name}`);
}

const fromFile = (file: () => string) => () => readFileSync(file());

export const ASSETS: Record<string, Asset> = {
  'echarts.min.js': { type: 'text/javascript; charset=utf-8', load: fromFile(() => require.resolve('echarts/dist/echarts.min.js')) },
  'app.js': { type: 'text/javascript; charset=utf-8', load: fromFile(() => staticFile('app.js')) },
  'style.css': { type: 'text/css; charset=utf-8', load: fromFile(() => staticFile('style.css')) },
  'china.geojson': { type: 'application/geo+json; charset=utf-8', load: () => Buffer.from(JSON.stringify(chinaProvinces())) },
};

const cache = new Map<string, Buffer>();

/** The bytes of an asset by its name, or null for any name not in the table. */
export function assetBytes(name: string): { type: string; body: Buffer } | null {
  if (!Object.prototype.hasOwnProperty.call(ASSETS, name)) return null;
  const asset = ASSETS[name]!;
  let body = cache.get(name);
  if (!body) cache.set(name, (body = asset.load()));
  return { type: asset.type, body };
}

interface Feature {
  type: 'Feature';
  properties: Record<string, unknown>;
  geometry: unknown;
}

/**
 * The provinces of China as GeoJSON (npm package china-geojson, shipped offline), each feature given its
 * GB/T 2260 code as `adcode` (the package's `id` is the code's two leading digits; 香港 and 澳门 come
 * without one and are joined by name) and its official name: the map joins facts to provinces by code.
 */
export function chinaProvinces(): { type: 'FeatureCollection'; features: Feature[] } {
  const source = JSON.parse(readFileSync(require.resolve('china-geojson/src/geojson/china.json'), 'utf8')) as {
    features: Feature[];
  };
  const byShortName: Record<string, string> = { 香港: '810000', 澳门: '820000' };
  const features = source.features.map((feature) => {
    const id = feature.properties.id;
    const shortName = String(feature.properties.name ?? '');
    const code = typeof id === 'string' && /^\d{2}$/.test(id) ? `${id}0000` : (byShortName[shortName] ?? null);
    const province = code ? provinceOfCode(code) : null;
    return {
      type: 'Feature' as const,
      properties: { adcode: code ?? shortName, name: province?.name ?? shortName },
      geometry: feature.geometry,
    };
  });
  return { type: 'FeatureCollection', features };
}
