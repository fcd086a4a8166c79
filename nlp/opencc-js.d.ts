/** The part of opencc-js (1.4.2) the service uses: its t2cn build, whose types the package publishes only for "bundler" resolution. */
declare module 'opencc-js/t2cn' {
  export type Locale = 'hk' | 'tw' | 'twp' | 't' | 'jp' | 'cn';
  export function Converter(options: { from: Locale; to: Locale }): (text: string) => string;
}
