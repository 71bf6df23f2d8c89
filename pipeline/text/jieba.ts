import nodejieba from 'nodejieba';

/** The user dictionaries nodejieba was last loaded with ('' before the first load). */
let loadedWith: string | null = null;

/**
 * nodejieba with the given user dictionaries loaded. nodejieba keeps one dictionary per process and
 * loads its default one on first use, so load explicitly, once, before any cut; a different set of user
 * dictionaries (another dictionaries folder in tests) reloads it.
 */
export function jiebaWith(userDictPaths: readonly string[]): typeof nodejieba {
  const key = userDictPaths.join('|');
  if (loadedWith !== key) {
    nodejieba.load({ userDict: key });
    loadedWith = key;
  }
  return nodejieba;
}
