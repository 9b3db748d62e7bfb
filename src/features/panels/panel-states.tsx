import { ApiError } from '../../api/api-error';
import { type Translate, useI18n } from '../../i18n/i18n-context';
import './panel-states.css';

export function PanelLoading({ title }: { title: string }) {
  const { t } = useI18n();
  return (
    <div className="panel-state panel-state--loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {t('panel.loading', { title })}
    </div>
  );
}

/**
 * An error in words a person can act on, and the technical details of what failed and where
 * (the server's problem detail, or the response path that broke the contract).
 */
export function describeError(
  error: unknown,
  t: Translate,
): { message: string; details: string[] } {
  if (error instanceof ApiError) {
    const status = error.details.status ?? 0;
    switch (error.kind) {
      case 'network':
        return { message: t('error.network'), details: [] };
      case 'timeout':
        return { message: t('error.timeout'), details: [] };
      case 'mock-unavailable':
        return { message: t('error.mockUnavailable'), details: [error.message] };
      case 'http':
        return {
          message: t(status >= 500 ? 'error.server' : 'error.refused', { status }),
          details: [error.message],
        };
      case 'invalid-response':
        return {
          message: t('error.invalid'),
          details: (error.details.issues ?? [error.message]).slice(0, 5),
        };
    }
  }
  return {
    message: t('error.render'),
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
  const { t } = useI18n();
  const { message, details } = describeError(error, t);
  return (
    <div className="panel-state panel-state--error" role="alert">
      <p>{message}</p>
      <ErrorDetails details={details} />
      <button type="button" onClick={onRetry}>
        {t('panel.retry')}
      </button>
    </div>
  );
}

/** The error shown above the last good view when loading the view asked for has failed. */
export function PanelRefreshError({
  error,
  shown,
  onRetry,
}: {
  error: unknown;
  shown: { fromYear: number; toYear: number };
  onRetry: () => void;
}) {
  const { t } = useI18n();
  const { message, details } = describeError(error, t);
  return (
    <div className="panel-state panel-state--stale" role="alert">
      <p>{t('error.refresh', { message, from: shown.fromYear, to: shown.toYear })}</p>
      <ErrorDetails details={details} />
      <button type="button" onClick={onRetry}>
        {t('panel.retry')}
      </button>
    </div>
  );
}

export function PanelEmpty({ message }: { message: string }) {
  return <div className="panel-state panel-state--empty">{message}</div>;
}
