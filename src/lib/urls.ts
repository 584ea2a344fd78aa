/** Site-relative URLs, in one place so that routes and links cannot drift apart. */
const base = () => import.meta.env.BASE_URL.replace(/\/?$/, '/');

export const moduleUrl = (code: string) => `${base()}modules/${code.toLowerCase()}/`;
export const pathUrl = (groupId: string) => `${base()}paths/${groupId}/`;
export const termUrl = (facet: string, termId: string) => `${base()}${facet}/${termId}/`;
export const siteUrl = (path = '') => `${base()}${path}`;

/** The absolute short link a QR code encodes: `https://host/base/q/dx-001/`. */
export const shortLinkUrl = (origin: string, code: string) => `${origin}${base()}q/${code.toLowerCase()}/`;
