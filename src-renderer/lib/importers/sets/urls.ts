/**
 * URLs compared the way a reader means them: the same page whether reached over http or
 * https, with or without a #fragment or a trailing slash, whatever the case of the host.
 */
export function urlKey(url: string | undefined): string | undefined {
  const raw = url?.trim();
  if (!raw) return undefined;
  if (!URL.canParse(raw)) return raw;
  const u = new URL(raw);
  u.hash = '';
  if (u.protocol === 'http:') u.protocol = 'https:';
  return u.href.replace(/\/+$/, '');
}
