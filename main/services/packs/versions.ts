/** Orders content versions "YYYY.MM.DD-N": by date, then by N as a number (so -10 comes after -9). */
export function compareContentVersions(a: string, b: string): number {
  const parse = (v: string) => {
    const m = /^(\d{4}\.\d{2}\.\d{2})-(\d+)$/.exec(v);
    return m ? { day: m[1]!, n: Number(m[2]) } : { day: '', n: -1 };
  };
  const x = parse(a);
  const y = parse(b);
  return x.day !== y.day ? (x.day < y.day ? -1 : 1) : x.n - y.n;
}
