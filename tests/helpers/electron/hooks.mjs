// Module hooks for the shell tests: `electron` and `electron-log/main` resolve to the stand-in.
const stand = {
  electron: new URL('./module.ts', import.meta.url).href,
  'electron-log/main': new URL('./electron-log.ts', import.meta.url).href,
};

export async function resolve(specifier, context, next) {
  const url = stand[specifier];
  // Handed on as a file URL, so tsx's own resolver marks it as TypeScript to compile.
  return next(url ?? specifier, context);
}
