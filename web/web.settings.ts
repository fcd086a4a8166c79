/** The configuration the web channel reads. */
export interface WebSettings {
  /** Longest message text accepted, in characters; longer is a 400. */
  maxTextLength: number;
  /** The number an emergency reply's call button and the chat page's banner dial. */
  emergencyNumber: string;
}
