import { ApiError } from '../../api/api-error';

export function PanelLoading({ title }: { title: string }) {
  return (
    <div className="panel-state panel-state--loading" role="status">
      <span className="spinner" aria-hidden="true" />
      Loading {title}…
    </div>
  );
}

/** An error in words a person can act on, with what failed and where. */
export function describeError(error: unknown): { message: string; details: string[] } {
  if (error instanceof ApiError) {
    switch (error.kind) {
      case 'network':
        return {
          message: 'Could not reach the data service. Check the connection, then retry.',
          details: [],
        };
      case 'timeout':
        return {
          message: 'The data service did not answer in time. Retry in a moment.',
          details: [error.message],
        };
      case 'http': {
        const status = error.details.status ?? 0;
        return status >= 500
          ? {
              message: `The data service failed (HTTP ${status}). Retry in a moment.`,
              details: [error.message],
            }
          : {
              message: `The data service refused the request (HTTP ${status}).`,
              details: [error.message],
            };
      }
      case 'invalid-response':
        return {
          message: 'The data service sent data this dashboard cannot read.',
          details: (error.details.issues ?? [error.message]).slice(0, 5),
        };
    }
  }
  return {
    message: 'This panel could not be drawn.',
    details: [error instanceof Error ? error.message : String(error)],
  };
}

function ErrorDetails({ details }: { details: readonly string[] }) {
  if (details.length === 0) return null;
  return (
    <ul className="panel-state__details">
      {details.map((detail) => (
        <li key={detail}>
          <code>{detail}</code>
        </li>
      ))}
    </ul>
  );
}

export function PanelError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { message, details } = describeError(error);
  return (
    <div className="panel-state panel-state--error" role="alert">
      <p>{message}</p>
      <ErrorDetails details={details} />
      <button type="button" onClick={onRetry}>
        Retry
      </button>
    </div>
  );
}

export function PanelEmpty({ message }: { message: string }) {
  return <div className="panel-state panel-state--empty">{message}</div>;
}

/** Above the last good view, when loading the one asked for failed. */
export function PanelRefreshError({
  error,
  shown,
  onRetry,
}: {
  error: unknown;
  shown: { fromYear: number; toYear: number };
  onRetry: () => void;
}) {
  const { message, details } = describeError(error);
  return (
    <div className="panel-state panel-state--stale" role="alert">
      <p>
        Could not refresh: {message} Still showing {shown.fromYear} to {shown.toYear} as loaded
        before.
      </p>
      <ErrorDetails details={details} />
      <button type="button" onClick={onRetry}>
        Retry
      </button>
    </div>
  );
}
