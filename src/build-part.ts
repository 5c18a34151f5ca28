/**
 * Which pages this `astro build` makes. On a large corpus the build is split
 * into two Astro processes that run at the same time, one per core
 * (scripts/astro-build.ts): `articles` makes the article pages, `corpus` the
 * figures explorer and the article listings; every other page (home, search,
 * report, 404) is made by both, identically, and the two outputs are merged.
 * Astro renders pages one at a time on one core, and page rendering is most
 * of a large build, so two halves finish in a little over half the time.
 *
 * `SOLIEU_BUILD_PART` unset (the default, and `astro dev`) makes every page.
 */
export type BuildPart = 'articles' | 'corpus';

export const BUILD_PARTS: readonly BuildPart[] = ['articles', 'corpus'];

/** The part named by `SOLIEU_BUILD_PART`, or undefined for the whole site. */
export function currentBuildPart(env: NodeJS.ProcessEnv = process.env): BuildPart | undefined {
  const part = env.SOLIEU_BUILD_PART;
  if (part === undefined || part === '') return undefined;
  if (part === 'articles' || part === 'corpus') return part;
  throw new Error(`SOLIEU_BUILD_PART must be "articles" or "corpus", not ${JSON.stringify(part)}`);
}

/** Whether this build makes the pages of `part`. */
export function buildsPart(part: BuildPart, env: NodeJS.ProcessEnv = process.env): boolean {
  const current = currentBuildPart(env);
  return current === undefined || current === part;
}
