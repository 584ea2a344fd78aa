/**
 * Whether QR codes may be printed for a site origin. A code on paper lives for years, so one
 * that points at a developer's machine or an example domain must never be printed.
 */
export type OriginVerdict = { ok: true; origin: string } | { ok: false; reason: string };

const PLACEHOLDER_HOSTS = /(^|\.)(localhost|example\.(com|org|net|cn)|example|invalid|test|local|internal)$/i;

export function checkPrintOrigin(site: string | undefined, { allowLocal = false } = {}): OriginVerdict {
  if (!site) return { ok: false, reason: '没有配置网站地址（环境变量 SITE_URL）' };
  let url: URL;
  try {
    url = new URL(site);
  } catch {
    return { ok: false, reason: `网站地址「${site}」不是有效的网址` };
  }
  const local =
    PLACEHOLDER_HOSTS.test(url.hostname) ||
    /^(127\.|0\.0\.0\.0$|\[::1\]$|10\.|192\.168\.)/.test(url.hostname);
  if (local && !allowLocal) {
    return { ok: false, reason: `网站地址 ${url.origin} 是本机或示例地址，印出的二维码在别处无法打开` };
  }
  if (url.protocol !== 'https:' && !local) {
    return { ok: false, reason: `网站地址 ${url.origin} 没有使用 https，手机扫码时可能被拦截` };
  }
  return { ok: true, origin: url.origin };
}
