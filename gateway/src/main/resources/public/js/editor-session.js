// The editor's sign-in: the token lives in this tab's sessionStorage, like the moderation page's.
import { recall, remember, requestJson, retryAfterSeconds, waitInWords } from './dom.js';

const TOKEN = 'editor.token';
const USER = 'editor.user';

export const UNAVAILABLE = 'The service is unavailable right now. Please try again shortly.';

export const session = {
  token: () => recall(sessionStorage, TOKEN),
  user: () => recall(sessionStorage, USER),
  /** Forgets the token but keeps the name, so signing in again only asks for the password. */
  expire: () => remember(sessionStorage, TOKEN, ''),
  clear() {
    remember(sessionStorage, TOKEN, '');
    remember(sessionStorage, USER, '');
  },
};

export function waitText(headers) {
  return waitInWords(retryAfterSeconds(headers));
}

/** Signs in as an editor: `{ ok: true }`, or `{ message }` saying in words why not. */
export async function signIn(username, password) {
  if (!username || !password) return { message: 'Please enter your username and password.' };
  let result;
  try {
    result = await requestJson('POST', '/api/login', { body: { username, password } });
  } catch {
    result = { status: 0 };
  }
  const { status, data, headers } = result;
  if (status === 200 && data && data.access_token) {
    const name = data.username || username;
    if (!Array.isArray(data.roles) || !data.roles.includes('EDITOR')) {
      return { message: `The account “${name}” does not have the EDITOR role, so it cannot write, publish or delete articles. Sign in with an editor’s account.` };
    }
    remember(sessionStorage, TOKEN, data.access_token);
    remember(sessionStorage, USER, name);
    return { ok: true };
  }
  if (status === 400 || status === 401) return { message: 'Wrong username or password.' };
  if (status === 429) return { message: `Too many failed sign-in attempts. Please try again in ${waitText(headers)}.` };
  return { message: UNAVAILABLE };
}

/** Calls the API with the editor's token; a network failure is status 0. */
export async function call(method, path, body) {
  try {
    return await requestJson(method, path, { body, token: session.token() });
  } catch {
    return { status: 0, data: null, headers: null };
  }
}
