// The page's head script, inlined into index.html (scripts/vite-plugin-boot-script.ts; the CSP
// allows it by its hash). It runs before the first paint, so it does only what must come first:
// 1. It sets the reader's language and theme on the root, so that no other one flashes. The rules
//    are those of src/app/preferences.ts: the URL, else the cookie, else English and the system's
//    theme.
// 2. If the page arrived rendered (src/render/), it decides whether the reader may see it. The CSS
//    keeps a rendered page hidden until then. It may be seen only if it is the view asked for
//    (path, query, language and theme choice) and if its data came from the API that config.json
//    names: a build pointed at another backend after it was made must never show the fixtures'
//    numbers. The verdict is set as data-first-view: "checking", then "shown" or "stale".
(() => {
  const root = document.documentElement;
  const params = new URLSearchParams(location.search);
  const cookie = (name) => {
    for (const pair of document.cookie.split(';')) {
      const [key, ...value] = pair.trim().split('=');
      if (key === name) {
        try {
          return decodeURIComponent(value.join('='));
        } catch {
          return null;
        }
      }
    }
    return null;
  };
  const oneOf = (allowed, ...values) => values.find((value) => allowed.includes(value));
  const locale =
    oneOf(['en', 'zh-CN'], params.get('lang'), cookie('poverty-dashboard.lang')) ?? 'en';
  const themeChoice =
    oneOf(['system', 'light', 'dark'], params.get('theme'), cookie('poverty-dashboard.theme')) ??
    'system';
  const dark =
    themeChoice === 'dark' ||
    (themeChoice === 'system' && matchMedia('(prefers-color-scheme: dark)').matches);
  root.lang = locale;
  root.dataset.theme = dark ? 'dark' : 'light';

  const rendered = root.dataset;
  if (rendered.renderedFrom === undefined) return;
  params.delete('lang');
  params.delete('theme');
  const sameView =
    rendered.renderedPath === location.pathname &&
    rendered.renderedSearch === params.toString() &&
    rendered.renderedLocale === locale &&
    rendered.renderedThemeChoice === themeChoice;
  if (!sameView) {
    rendered.firstView = 'stale';
    return;
  }
  rendered.firstView = 'checking';
  fetch('/config.json', { cache: 'no-cache' })
    .then((response) => (response.ok ? response.json() : null))
    .then((config) => {
      // As strict as the app's own check (runtimeConfigSchema): a config.json the app refuses
      // shows no rendered page either.
      const valid =
        config !== null &&
        typeof config === 'object' &&
        Object.keys(config).every((key) => key === 'apiBaseUrl' || key === 'mockApi') &&
        typeof config.apiBaseUrl === 'string' &&
        config.apiBaseUrl.length > 0 &&
        typeof config.mockApi === 'boolean';
      const source = !valid ? null : config.mockApi ? 'mock' : `api:${config.apiBaseUrl}`;
      rendered.firstView = source === rendered.renderedFrom ? 'shown' : 'stale';
    })
    .catch(() => {
      rendered.firstView = 'stale';
    });
})();
