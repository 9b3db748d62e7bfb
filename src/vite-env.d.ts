/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Development override of config.json's apiBaseUrl. */
  readonly VITE_API_BASE_URL?: string;
  /** Development override of config.json's mockApi: "true" or "false". */
  readonly VITE_MOCK_API?: string;
}
