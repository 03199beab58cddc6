/** Where the site is served from, ending in a slash ("/" or a newsroom's "/graphics/ukraine-talks/"). */
export const base = import.meta.env.BASE_URL.replace(/\/?$/, "/");
