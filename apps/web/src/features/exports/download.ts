import type { SessionStore } from '../account/session-store';

/**
 * Fetches an export with the session's bearer token (the API checks the requester owns it) and
 * hands it to the browser as a file. The access token never goes into a URL.
 */
export async function downloadExport(store: SessionStore, path: string, fileName: string): Promise<void> {
  const get = (token: string | null) => fetch(path, { headers: token ? { authorization: `Bearer ${token}` } : {}, credentials: 'same-origin' });
  let response = await get(store.getAccessToken());
  if (response.status === 401) response = await get(await store.refresh());
  if (!response.ok) throw new Error(`download failed: ${response.status}`);
  const url = URL.createObjectURL(await response.blob());
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.hidden = true;
    document.body.append(link);
    link.click();
    link.remove();
  } finally {
    // Give the browser a moment to start the download before the object URL goes.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}
