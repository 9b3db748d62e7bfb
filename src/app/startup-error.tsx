/** Shown instead of the dashboard when it cannot start, saying what to fix. */
export function StartupError({ problems }: { problems: readonly string[] }) {
  return (
    <main className="startup-error" role="alert">
      <h1>The dashboard could not start</h1>
      <p>Its configuration file, config.json (beside index.html), has a problem:</p>
      <ul>
        {problems.map((problem) => (
          <li key={problem}>
            <code>{problem}</code>
          </li>
        ))}
      </ul>
      <p>
        It should look like <code>{'{ "apiBaseUrl": "/api/v1", "mockApi": true }'}</code>: the API's
        base URL, and whether to serve the built-in mock API.
      </p>
    </main>
  );
}
