/**
 * 我的 eSIM: the seller the reader marked on its page, remembered on this device only (localStorage; nothing is
 * sent). The seller page writes this snapshot of itself, so the pages that lead with it (the home page and the
 * reminder) need no data per seller.
 */
export interface MyEsim {
  /** The provider's file name, as in its page's path: `airalo`. */
  id: string;
  name: string;
  /** The page's renewal steps, in the edition it was marked in: `/providers/airalo/#续费步骤`. */
  path: string;
  /** The seller page's renewal button, when it has one: an official https address or a `tel:` code. */
  renewUrl?: string;
  renewLabel?: string;
}

/** Where the snapshot is kept: one per browser, whichever edition marked it. */
export const myEsimKey = 'my-esim';

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** A root-relative path: not another site's `//host/…` or `/\\host/…`, nor a `javascript:` address. */
const ROOT_PATH = /^\/(?![/\\])/;
/** An address the lead may open: never `javascript:` or a data URL. */
const LINK = /^(https?|tel):/i;

/** Text as one line, or null when it is empty or too long to be a name or a button's label. */
function oneLine(value: unknown): string | null {
  const text = typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : '';
  return text && text.length <= 80 ? text : null;
}

/**
 * The snapshot from its parts (read from a seller page, or back from storage), or null when a part is wrong:
 * the path must be a root-relative path to that provider's page; a button without a valid address or label is
 * left out (the lead then offers the steps alone).
 */
export function myEsimFrom({ id, name, path, renewUrl, renewLabel }: Record<string, unknown>): MyEsim | null {
  const shownName = oneLine(name);
  if (typeof id !== 'string' || !ID.test(id) || !shownName || typeof path !== 'string') return null;
  if (!ROOT_PATH.test(path) || !path.includes(`/${id}/`)) return null;
  const label = oneLine(renewLabel);
  return typeof renewUrl === 'string' && LINK.test(renewUrl) && label
    ? { id, name: shownName, path, renewUrl, renewLabel: label }
    : { id, name: shownName, path };
}

/** The snapshot as stored (`localStorage[myEsimKey]`), or null when nothing readable is there. */
export function parseMyEsim(text: string | null): MyEsim | null {
  try {
    // Not JSON, or JSON `null`, throws; any other value that is not a snapshot gives null.
    return myEsimFrom(JSON.parse(text ?? ''));
  } catch {
    return null;
  }
}
