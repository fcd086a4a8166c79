/**
 * The dashboard's assets, served by the service itself from its own folder and from the packages'
 * dist/ (htmx, uPlot): nothing comes from a CDN. Read once at start; a fixed list, no paths from users.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { AppError } from '../core/errors';

const own = (file: string) => path.join(__dirname, 'assets', file);
const pkg = (name: string, file: string) => path.join(path.dirname(require.resolve(`${name}/package.json`)), file);

const FILES: Record<string, { file: string; type: string }> = {
  'dashboard.css': { file: own('dashboard.css'), type: 'text/css; charset=utf-8' },
  'dashboard.js': { file: own('dashboard.js'), type: 'text/javascript; charset=utf-8' },
  'charts.js': { file: own('charts.js'), type: 'text/javascript; charset=utf-8' },
  'key-people.css': { file: own('key-people.css'), type: 'text/css; charset=utf-8' },
  'htmx.min.js': { file: pkg('htmx.org', 'dist/htmx.min.js'), type: 'text/javascript; charset=utf-8' },
  'uPlot.iife.min.js': { file: pkg('uplot', 'dist/uPlot.iife.min.js'), type: 'text/javascript; charset=utf-8' },
  'uPlot.min.css': { file: pkg('uplot', 'dist/uPlot.min.css'), type: 'text/css; charset=utf-8' },
};

export function assetRoutes(app: FastifyInstance): void {
  const loaded = new Map(
    Object.entries(FILES).map(([name, f]) => [name, { body: readFileSync(f.file), type: f.type }]),
  );
  app.get<{ Params: { name: string } }>('/dashboard/assets/:name', async (request, reply) => {
    const asset = loaded.get(request.params.name);
    if (!asset) throw new AppError(404, 'not_found', 'No such asset.');
    return reply.type(asset.type).header('cache-control', 'public, max-age=3600').send(asset.body);
  });
}
