/** The configuration the web channel reads. */
export interface WebSettings {
  /** Longest message text accepted, in characters; longer is a 400. */
  maxTextLength: number;
}
