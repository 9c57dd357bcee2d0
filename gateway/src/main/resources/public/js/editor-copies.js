// Unsaved work kept in localStorage, one copy per article (and one for a new article), so that a
// closed tab, a reload or a crash loses nothing. A copy goes once the article is saved or deleted.

const PREFIX = 'editor.copy.';
const NEW = ':new'; // never a slug

function storage() {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function copyKey(user, slug) {
  return `${PREFIX}${user}.${slug || NEW}`;
}

export function loadCopy(key) {
  try {
    const copy = JSON.parse(storage()?.getItem(key) || 'null');
    return copy && typeof copy === 'object' && typeof copy.body === 'string' ? copy : null;
  } catch {
    return null;
  }
}

export function saveCopy(key, copy) {
  try {
    storage()?.setItem(key, JSON.stringify({ ...copy, savedAt: new Date().toISOString() }));
  } catch { /* storage full or off: the beforeunload prompt still guards the text */ }
}

export function dropCopy(key) {
  try {
    storage()?.removeItem(key);
  } catch { /* nothing kept */ }
}

/** The user's unsaved copies: `{ slug (null for a new article), title, savedAt }`. */
export function copiesOf(user) {
  const store = storage();
  if (!store) return [];
  const prefix = copyKey(user, 'x').slice(0, -1);
  const found = [];
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i);
    if (!key || !key.startsWith(prefix)) continue;
    const copy = loadCopy(key);
    const slug = key.slice(prefix.length);
    if (copy) found.push({ slug: slug === NEW ? null : slug, title: copy.title || '', savedAt: copy.savedAt });
  }
  return found;
}
