/**
 * Which view is showing, kept in the URL hash so that a reload (or a second window)
 * returns to the same place: `#/` is the library, `#/read/<id>` a document,
 * `#/read/<id>@<offset>` a document opened at a passage.
 */
export type Route = { view: 'library' } | { view: 'reader'; id: string; at?: number };

export function parseHash(hash: string): Route {
  const m = /^#\/read\/([0-9a-f]{64})(?:@(\d+))?$/.exec(hash);
  if (!m) return { view: 'library' };
  return m[2] === undefined ? { view: 'reader', id: m[1] } : { view: 'reader', id: m[1], at: Number(m[2]) };
}

export function routeHash(route: Route): string {
  if (route.view === 'library') return '#/';
  return `#/read/${route.id}${route.at === undefined ? '' : `@${route.at}`}`;
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

  openDocument(id: string, at?: number): void {
    this.go(at === undefined ? { view: 'reader', id } : { view: 'reader', id, at });
  }

  library(): void {
    this.go({ view: 'library' });
  }
}

export const router = new Router();
