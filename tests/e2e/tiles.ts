import { readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import type { Directory } from '../../src/directory/types';
import { restart, type ServedCopy } from './helpers';

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkaPhfDwAE/gH+K9dY8wAAAABJRU5ErkJggg==', 'base64');

/** A stand-in tile server on another origin (the machine has no internet), counting its hits. */
export interface TileServer {
  readonly server: Server;
  readonly origin: string;
  readonly hits: () => number;
  readonly close: () => Promise<void>;
}

/** Starts the stand-in tile server. */
export async function tileServer(): Promise<TileServer> {
  let hits = 0;
  const server = createServer((_req, res) => {
    hits++;
    res.writeHead(200, { 'content-type': 'image/png', 'access-control-allow-origin': '*', 'cache-control': 'max-age=604800' });
    res.end(PNG);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    server,
    origin: `http://127.0.0.1:${port}`,
    hits: () => hits,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Makes a served copy a deployment that names this tile host: in its data and in its CSP. */
export async function useTileHost(copy: ServedCopy, tiles: TileServer): Promise<void> {
  const file = join(copy.dir, 'data', 'directory.json');
  const data = JSON.parse(readFileSync(file, 'utf8')) as Directory;
  const shipped = new URL(data.region.tileUrl.replace(/\{[a-z]+\}/g, '0')).origin;
  writeFileSync(file, JSON.stringify({ ...data, region: { ...data.region, tileUrl: `${tiles.origin}/{z}/{x}/{y}.png` } }));
  const index = join(copy.dir, 'index.html');
  writeFileSync(index, readFileSync(index, 'utf8').replace(shipped, tiles.origin));
  await restart(copy);
}
