// The package ships no types. Callers cast the factory to EspeakFactory (espeak-engine.ts).
declare module '@echogarden/espeak-ng-emscripten' {
  const factory: (options?: object) => Promise<unknown>;
  export default factory;
}
