/**
 * Runs `action` on localStorage; null when storage is switched off or full (private modes): the reminder and
 * 我的 eSIM then work on without remembering.
 */
export function withStorage<T>(action: (storage: Storage) => T): T | null {
  try {
    return action(localStorage);
  } catch {
    return null;
  }
}
