/**
 * Where the API's CPU time went, from a V8 .cpuprofile: each sample is attributed to the innermost
 * frame that belongs to a known layer (Node internals are skipped, so JSON or crypto work counts for
 * the layer that asked for it). Frames in the webpack bundle are mapped to their source files
 * through main.js.map, so the validation pipe and the DataLoaders are told apart from other app code.
 */
import { readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export type Layer = 'validation' | 'dataloaders' | 'graphql' | 'database driver' | 'http and nest' | 'markdown' | 'search engine' | 'app code' | 'garbage collection' | 'other';

const PACKAGES: Array<[RegExp, Layer]> = [
  [/node_modules\/(class-validator|class-transformer|libphonenumber-js|validator)\//, 'validation'],
  [/node_modules\/dataloader\//, 'dataloaders'],
  [/node_modules\/(graphql|@apollo|@nestjs\/graphql|@nestjs\/apollo|@escape\.tech|@graphql-tools|@as-integrations)\//, 'graphql'],
  [/node_modules\/(mongodb|mongoose|bson|mquery|kareem|sift)\//, 'database driver'],
  [/node_modules\/(express|body-parser|router|helmet|cookie-parser|@nestjs\/core|@nestjs\/common|@nestjs\/platform-express|@nestjs\/throttler|@nestjs\/jwt|jsonwebtoken|nestjs-pino|pino|pino-http|rxjs|raw-body|iconv-lite|qs|send|finalhandler)\//, 'http and nest'],
  [/node_modules\/(markdown-it|sanitize-html|htmlparser2|linkify-it|entities|postcss)\//, 'markdown'],
  [/node_modules\/meilisearch\//, 'search engine'],
];

const SOURCES: Array<[RegExp, Layer]> = [
  [/common\/(validation\.pipe|input-validators)/, 'validation'],
  [/loaders\//, 'dataloaders'],
  [/search\/(embedded|analysis)\//, 'search engine'],
  [/common\/markdown/, 'markdown'],
  [/apps\/api\/src\//, 'app code'],
  [/libs\//, 'app code'],
];

export interface ProfileSummary {
  busy_ms: number;
  /** Milliseconds of CPU per layer over the profiled window, and their share of busy time. */
  layers: Record<string, { ms: number; percent: number }>;
  /** The leaf frames of the time no layer claimed, biggest first: what "other" is made of. */
  other_top: string[];
  /** Per layer, the leaf frames (self time) that cost most: where to look next. */
  layer_top: Record<string, string[]>;
}

export function summariseProfile(profileFile: string, bundle: string): ProfileSummary {
  const profile = JSON.parse(readFileSync(profileFile, 'utf8')) as CpuProfile;
  const map = new SourceMap(JSON.parse(readFileSync(`${bundle}.map`, 'utf8')));
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const layerOf = new Map<number, Layer | 'idle' | null>();
  const frameLayer = (node: ProfileNode): Layer | 'idle' | null => {
    const { functionName, url, lineNumber, columnNumber } = node.callFrame;
    // Idle time, and the profiler's own inspector session, are not the API's work.
    if (functionName === '(idle)' || url === 'node:inspector') return 'idle';
    if (functionName === '(garbage collector)') return 'garbage collection';
    if (!url || url.startsWith('node:')) return null;
    for (const [pattern, layer] of PACKAGES) if (pattern.test(url)) return layer;
    if (url.endsWith(bundle) || url.endsWith('main.js')) {
      const source = (map.findEntry(lineNumber, columnNumber) as { originalSource?: string }).originalSource ?? '';
      for (const [pattern, layer] of SOURCES) if (pattern.test(source)) return layer;
      for (const [pattern, layer] of PACKAGES) if (pattern.test(source)) return layer;
      return 'app code';
    }
    return null;
  };
  const sampleLayer = (id: number): Layer | 'idle' => {
    const cached = layerOf.get(id);
    if (cached) return cached;
    let layer: Layer | 'idle' | null = null;
    for (let at: number | undefined = id; at !== undefined && !layer; at = parent.get(at)) {
      const node = byId.get(at);
      if (node) layer = frameLayer(node);
    }
    const result = layer ?? 'other';
    layerOf.set(id, result);
    return result;
  };
  const totals = new Map<string, number>();
  const other = new Map<string, number>();
  const leaves = new Map<string, Map<string, number>>();
  const leafName = (id: number): string => {
    const frame = byId.get(id)?.callFrame;
    if (!frame) return '(unknown)';
    let where = frame.url.replace(/^.*node_modules\//, '');
    if (frame.url.endsWith('main.js')) where = ((map.findEntry(frame.lineNumber, frame.columnNumber) as { originalSource?: string }).originalSource ?? where).replace(/^.*(node_modules|apps|libs)\//, '$1/');
    return `${frame.functionName || '(anonymous)'} ${where}`.trim();
  };
  profile.samples.forEach((id, i) => {
    const layer = sampleLayer(id);
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    totals.set(layer, (totals.get(layer) ?? 0) + ms);
    if (layer !== 'idle') {
      const perLayer = leaves.get(layer) ?? new Map<string, number>();
      const leaf = leafName(id);
      perLayer.set(leaf, (perLayer.get(leaf) ?? 0) + ms);
      leaves.set(layer, perLayer);
    }
    if (layer === 'other') {
      const frame = byId.get(id)?.callFrame;
      const key = `${frame?.functionName || '(anonymous)'} ${frame?.url ?? ''}`.trim();
      other.set(key, (other.get(key) ?? 0) + ms);
    }
  });
  totals.delete('idle');
  const busy = [...totals.values()].reduce((sum, ms) => sum + ms, 0);
  const layers = Object.fromEntries(
    [...totals.entries()].sort((a, b) => b[1] - a[1]).map(([layer, ms]) => [layer, { ms: Math.round(ms), percent: Math.round((ms / busy) * 1000) / 10 }]),
  );
  const otherTop = [...other.entries()].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([frame, ms]) => `${frame}: ${Math.round(ms)} ms`);
  const layerTop = Object.fromEntries(
    [...leaves.entries()].map(([layer, frames]) => [layer, [...frames.entries()].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([frame, ms]) => `${frame}: ${Math.round(ms)} ms`)]),
  );
  return { busy_ms: Math.round(busy), layers, other_top: otherTop, layer_top: layerTop };
}
