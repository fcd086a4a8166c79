/** The configuration the web channel reads. */
export interface WebSettings {
  /** Longest message text accepted, in characters; longer is a 400. */
  maxTextLength: number;
  /** The number an emergency reply's call button and the chat page's banner dial. */
  emergencyNumber: string;
  /**
   * CHAT_API_KEYS: the integrators allowed on POST /api/v1/chat, each key with the label that namespaces
   * its conversations. Empty: the API is open to anyone (local development only).
   */
  apiKeys: readonly { label: string; key: string }[];
}
