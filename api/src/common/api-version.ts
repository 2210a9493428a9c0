/** Sent as the API-Version header on every response (NL API Design Rules); semver of the API. */
export const API_VERSION = '0.1.0';
