/** The configuration the Open311 channel reads (server/config.ts fills it from the environment). */
export interface Open311Settings {
  /** OPEN311_API_KEYS: keys that may file requests; none means nobody can. */
  apiKeys: string[];
  /** PUBLIC_BASE_URL, for the endpoint discovery names. */
  publicBaseUrl?: string;
}
