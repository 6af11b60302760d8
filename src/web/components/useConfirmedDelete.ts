import { useState } from 'react';
import { asApiError, type ApiError } from '../api/apiError.js';

/**
 * Deleting a kept record: asks `question` first (deletion cannot be undone), then runs `remove` and
 * `then` (reload, navigate away); a failure is kept as `error`, for an ErrorMessage beside the list.
 */
export function useConfirmedDelete() {
  const [error, setError] = useState<ApiError | null>(null);
  const confirmDelete = async (question: string, remove: () => Promise<unknown>, then: () => void) => {
    if (!window.confirm(question)) return;
    try {
      await remove();
      then();
    } catch (e) {
      setError(asApiError(e));
    }
  };
  return { error, confirmDelete };
}
