// Serves the production build (dist/) with its service worker on http://127.0.0.1:PORT.
// Service workers need a secure context: 127.0.0.1 and localhost count as one.
import { preview } from 'vite';

const port = Number(process.env.PORT ?? 4173);
const server = await preview({ preview: { host: '127.0.0.1', port, strictPort: true } });
console.log(`Wegweiser is running at http://127.0.0.1:${port}/  (Ctrl+C stops it)`);
const stop = () => server.httpServer.close(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
