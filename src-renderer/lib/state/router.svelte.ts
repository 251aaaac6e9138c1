/**
 * Which view is showing, kept in the URL hash so that a reload (or a second window)
 * returns to the same place: `#/` is the library, `#/read/<id>` a document,
 * `#/read/<id>@<offset>` a document opened at a passage.
 */
export type Route = { view: 'library' } | { view: 'reader'; id: string; at?: number; end?: number };

export function parseHash(hash: string): Route {
  const m = /^#\/read\/([0-9a-f]{64})(?:@(\d+)(?:-(\d+))?)?$/.exec(hash);
  if (!m) return { view: 'library' };
  if (m[2] === undefined) return { view: 'reader', id: m[1] };
  const at = Number(m[2]);
  return m[3] === undefined ? { view: 'reader', id: m[1], at } : { view: 'reader', id: m[1], at, end: Number(m[3]) };
}

export function routeHash(route: Route): string {
  if (route.view === 'library') return '#/';
  const end = route.at !== undefined && route.end !== undefined ? `-${route.end}` : '';
  return `#/read/${route.id}${route.at === undefined ? '' : `@${route.at}${end}`}`;
}

class Router {
  route = $state<Route>({ view: 'library' });

  start(): () => void {
    const sync = () => (this.route = parseHash(location.hash));
    sync();
    addEventListener('hashchange', sync);
    return () => removeEventListener('hashchange', sync);
  }

  go(route: Route): void {
    this.route = route;
    const hash = routeHash(route);
    if (location.hash !== hash) location.hash = hash;
  }

  /** Opens a document, at a passage when given (it is scrolled into view and flashed). */
  openDocument(id: string, at?: number, end?: number): void {
    this.go(at === undefined ? { view: 'reader', id } : end === undefined ? { view: 'reader', id, at } : { view: 'reader', id, at, end });
  }

  library(): void {
    this.go({ view: 'library' });
  }
}

export const router = new Router();
