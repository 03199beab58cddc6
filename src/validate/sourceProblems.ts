import { citedSources } from "./fileProblems.ts";
import type { OutletsFile } from "../schemas/outlets.ts";

/** A data file whose sources are checked: where it is and what it lists. */
export interface FileWithSources {
  path: string;
  data: unknown;
}

/** The host of a link without a leading www., in lower case. */
const hostOf = (url: string) => new URL(url).hostname.toLowerCase().replace(/^www\./, "");

/** A host is on a domain when it is the domain or one of its subdomains. */
const onDomain = (host: string, domain: string) => host === domain || host.endsWith(`.${domain}`);

/** A site's front page (or a language's front page, such as /en/), not an article. */
const isHomePage = (url: string) => {
  const { pathname, search } = new URL(url);
  return !search && /^\/?([a-z]{2}(-[a-z]{2})?\/?|index\.html?)?$/i.test(pathname);
};

/**
 * What is wrong with the sources of the latest data files: a title in brackets (a description, not the
 * article's headline), a refused domain (with the reason), a home page instead of the article, an
 * outlet or `via` republisher the outlets file does not list, or a link on neither the outlet's domains
 * nor, for a republication, its republisher's.
 */
export function sourceProblems(files: FileWithSources[], outlets: { path: string; data: OutletsFile }): string[] {
  const problems: string[] = [];
  const outletByName = new Map(outlets.data.outlets.map((o) => [o.name, o]));
  const republisherByName = new Map(outlets.data.republishers.map((r) => [r.name, r]));
  for (const file of files) {
    const sources = (file.data as { sources?: Array<{ id: string; outlet: string; title: string; url: string; via?: string }> }).sources ?? [];
    sources.forEach((source, index) => {
      // Named by JSON path, as every other problem is, with the source's id in the message.
      const at = (field: string) => `${file.path}: sources[${index}].${field}: source "${source.id}":`;
      if (/^\s*[[(]/.test(source.title))
        problems.push(`${at("title")} expected the article's own headline, found a description in brackets: ${JSON.stringify(source.title)}`);
      const host = hostOf(source.url);
      const refused = outlets.data.refused.find((r) => onDomain(host, r.domain));
      if (refused) {
        problems.push(`${at("url")} expected a link to the outlet's article or a licensed republication, found ${refused.domain}: ${refused.reason}`);
        return;
      }
      if (isHomePage(source.url)) problems.push(`${at("url")} expected a link to the article itself, found the home page ${source.url}`);
      const outlet = outletByName.get(source.outlet);
      if (!outlet) {
        problems.push(
          `${at("outlet")} expected an outlet listed in ${outlets.path} (the original outlet alone, such as "Reuters"), found "${source.outlet}": add it there with its domains`,
        );
        return;
      }
      if (source.via === undefined) {
        if (!outlet.domains.some((d) => onDomain(host, d)))
          problems.push(
            `${at("url")} expected a link on ${outlet.name}'s own domain (${outlet.domains.join(", ")}), found ${host}: a republication names its republisher in "via"`,
          );
        return;
      }
      const republisher = republisherByName.get(source.via);
      if (!republisher) {
        problems.push(
          `${at("via")} expected a republisher listed in ${outlets.path}, found "${source.via}": add it there with its domains and what it carries`,
        );
        return;
      }
      if (!republisher.domains.some((d) => onDomain(host, d)))
        problems.push(`${at("url")} expected a link on ${republisher.name}'s domain (${republisher.domains.join(", ")}), found ${host}`);
    });
  }
  return problems;
}

/**
 * Sources a latest file lists that neither its records nor the page (`pageCites`) cite. A file whose
 * records cite no source one by one (a snapshot, the geography) rests as a whole on what it lists.
 */
export function uncitedSourceProblems(files: FileWithSources[], pageCites: Set<string>): string[] {
  return files.flatMap((file) => {
    const cited = new Set(citedSources(file.data).map((c) => c.id));
    if (cited.size === 0) return [];
    const sources = (file.data as { sources?: Array<{ id: string }> }).sources ?? [];
    return sources.flatMap((source, index) =>
      cited.has(source.id) || pageCites.has(source.id)
        ? []
        : [
            `${file.path}: sources[${index}]: expected every listed source to be cited by a record or on the page, found "${source.id}" cited nowhere: cite it or remove it`,
          ],
    );
  });
}
